{{%AUTOESCAPE context="HTML"}}<h1 class="visually-hidden">Trang chủ – {{SITE_NAME}}</h1>
<div class="home-grid">
  <div class="home-main">
    {{#LEAD}}<section class="lead" aria-labelledby="tin-noi-bat">
      <h2 id="tin-noi-bat" class="section-title">Tin nổi bật</h2>
      <article class="lead-article">
        {{#COVER}}<a href="{{URL}}" tabindex="-1" aria-hidden="true"><img src="{{COVER_URL}}" alt="{{COVER_ALT}}" width="800" height="450"></a>{{/COVER}}
        <p class="card-meta"><a href="{{CATEGORY_URL}}">{{CATEGORY_NAME}}</a> · <time datetime="{{DATE_ISO}}">{{DATE}}</time></p>
        <h3 class="lead-title"><a href="{{URL}}">{{TITLE}}</a></h3>
        <p class="lead-summary">{{SUMMARY}}</p>
      </article>
    </section>{{/LEAD}}
    <ul class="featured-list">
      {{#FEATURED}}<li>{{>CARD}}</li>{{/FEATURED}}
    </ul>
    {{#CATEGORY_BLOCK}}<section class="category-block">
      <h2 class="section-title"><a href="{{BLOCK_URL}}">{{BLOCK_NAME}}</a></h2>
      <ul class="card-grid">
        {{#BLOCK_ITEM}}<li>{{>CARD}}</li>{{/BLOCK_ITEM}}
      </ul>
      <p class="more"><a href="{{BLOCK_URL}}">Xem thêm {{BLOCK_NAME}}</a></p>
    </section>{{/CATEGORY_BLOCK}}
  </div>
  <aside class="home-side" aria-labelledby="tin-moi">
    <section class="side-box">
      <h2 id="tin-moi" class="section-title">Tin mới</h2>
      <ol class="latest-list">
        {{#LATEST}}<li><a href="{{URL}}">{{TITLE}}</a> <time datetime="{{DATE_ISO}}">{{DATE}}</time></li>{{/LATEST}}
      </ol>
      <p class="more"><a href="{{PREFIX}}/tin-tuc">Tất cả tin tức</a></p>
    </section>
  </aside>
</div>
