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
    </p>
  </header>
  <p class="article-summary">{{SUMMARY}}</p>
  {{#COVER}}<figure class="article-cover"><img src="{{COVER_URL}}" alt="{{COVER_ALT}}" width="800" height="450"></figure>{{/COVER}}
  <div class="article-body">{{BODY:none}}</div>
  <footer class="article-footer">
    {{#HAS_AUTHOR}}<p class="article-author">{{AUTHOR}}</p>{{/HAS_AUTHOR}}
    {{#SOURCE}}<p class="article-source">Nguồn: {{#SOURCE_LINK}}<a href="{{SOURCE_URL}}" rel="noopener">{{SOURCE_NAME}}</a>{{/SOURCE_LINK}}{{#SOURCE_TEXT}}{{SOURCE_NAME}}{{/SOURCE_TEXT}}{{#HAS_SOURCE_AUTHOR}}, tác giả {{SOURCE_AUTHOR}}{{/HAS_SOURCE_AUTHOR}}{{#HAS_SOURCE_DATE}}, ngày {{SOURCE_DATE}}{{/HAS_SOURCE_DATE}}</p>{{/SOURCE}}
  </footer>
  <img class="view-pixel" src="{{VIEW_PIXEL}}" alt="" width="1" height="1">
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
