{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/tin-tuc">Tin tức</a></li><li><a href="{{CATEGORY_URL}}">{{CATEGORY_NAME}}</a></li></ol>
</nav>
<div class="article-grid">
<article class="article">
  <header class="article-header">
    <h1 class="article-title">{{TITLE}}</h1>
    <p class="article-meta">
      <time datetime="{{DATE_ISO}}">{{DATE}}</time>
      {{#HAS_GENRE}}<span class="tag">{{GENRE}}</span>{{/HAS_GENRE}}
      <span>Lượt xem: {{VIEWS}}</span>
      <a class="print-link" href="{{PRINT_URL}}">Bản in</a>
    </p>
  </header>
  <p class="article-summary">{{SUMMARY}}</p>
  {{#COVER}}<figure class="article-cover"><img src="{{COVER_URL}}" srcset="{{COVER_SRCSET}}" sizes="(min-width: 960px) 820px, 100vw" alt="{{COVER_ALT}}" width="1024" height="576" fetchpriority="high"></figure>{{/COVER}}
  <div class="article-body">{{BODY:none}}</div>
  {{#YOUTUBE}}<figure class="article-video"><div class="video-frame"><iframe src="https://www.youtube-nocookie.com/embed/{{YOUTUBE_ID}}" title="Video: {{TITLE}}" loading="lazy" allow="accelerometer; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div></figure>{{/YOUTUBE}}
  {{#VIDEO}}<figure class="article-video"><video controls preload="none" src="{{VIDEO_URL}}"><a href="{{VIDEO_URL}}">Tải video</a></video></figure>{{/VIDEO}}
  {{#HAS_GALLERY}}<section class="gallery" aria-labelledby="anh-hoat-dong">
    <h2 id="anh-hoat-dong" class="section-title">Hình ảnh</h2>
    <ul class="photo-grid">
      {{#PHOTO}}<li><figure><a href="{{FULL_URL}}"><img src="{{THUMB_URL}}" alt="{{CAPTION}}" loading="lazy" decoding="async" width="320" height="180"></a><figcaption>{{CAPTION}}</figcaption></figure></li>{{/PHOTO}}
    </ul>
  </section>{{/HAS_GALLERY}}
  <footer class="article-footer">
    {{#HAS_AUTHOR}}<p class="article-author">{{AUTHOR}}</p>{{/HAS_AUTHOR}}
    {{#SOURCE}}<p class="article-source">Nguồn: {{#SOURCE_LINK}}<a href="{{SOURCE_URL}}" rel="noopener">{{SOURCE_NAME}}</a>{{/SOURCE_LINK}}{{#SOURCE_TEXT}}{{SOURCE_NAME}}{{/SOURCE_TEXT}}{{#HAS_SOURCE_AUTHOR}}, tác giả {{SOURCE_AUTHOR}}{{/HAS_SOURCE_AUTHOR}}{{#HAS_SOURCE_DATE}}, ngày {{SOURCE_DATE}}{{/HAS_SOURCE_DATE}}</p>{{/SOURCE}}
  </footer>
  <section id="danh-gia" class="rating" aria-labelledby="danh-gia-tieu-de">
    <h2 id="danh-gia-tieu-de" class="section-title">Đánh giá bài viết</h2>
    {{#HAS_RATING}}<p class="rating-average">Điểm trung bình <strong>{{RATING_AVERAGE}}/5</strong> ({{RATING_COUNT}} lượt đánh giá)</p>{{/HAS_RATING}}
    {{#NO_RATING}}<p class="rating-average">Bài viết chưa có đánh giá.</p>{{/NO_RATING}}
    {{#RATE_OUTCOME}}<p class="rating-message" role="status">{{RATE_MESSAGE}}</p>{{/RATE_OUTCOME}}
    <form class="rating-form" method="post" action="{{RATE_ACTION}}">
      <fieldset>
        <legend>Chọn số sao (1 là thấp nhất, 5 là cao nhất)</legend>
        <div class="stars">
          <label><input type="radio" name="so_sao" value="1"> 1 sao</label>
          <label><input type="radio" name="so_sao" value="2"> 2 sao</label>
          <label><input type="radio" name="so_sao" value="3"> 3 sao</label>
          <label><input type="radio" name="so_sao" value="4"> 4 sao</label>
          <label><input type="radio" name="so_sao" value="5"> 5 sao</label>
        </div>
      </fieldset>
      <button type="submit">Gửi đánh giá</button>
    </form>
  </section>
</article>
<aside class="article-side">
  {{#HAS_RELATED}}<section class="side-box">
    <h2 class="section-title">Tin cùng chuyên mục</h2>
    <ul class="latest-list">
      {{#RELATED}}<li><a href="{{URL}}">{{TITLE}}</a> <time datetime="{{DATE_ISO}}">{{DATE}}</time></li>{{/RELATED}}
    </ul>
  </section>{{/HAS_RELATED}}
  <section class="side-box">
    <h2 class="section-title">Đọc nhiều nhất</h2>
    <ol class="latest-list">
      {{#MOST_READ}}<li><a href="{{URL}}">{{TITLE}}</a></li>{{/MOST_READ}}
    </ol>
  </section>
</aside>
</div>
