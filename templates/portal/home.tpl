{{%AUTOESCAPE context="HTML"}}<h1 class="visually-hidden">Trang chủ – {{SITE_NAME}}</h1>
<div class="home-grid">
  <div class="home-main">
    {{#LEAD}}<section class="featured" aria-labelledby="tin-noi-bat">
      <h2 id="tin-noi-bat" class="section-title">Tin nổi bật</h2>
      <ul class="slider">
        <li class="slide">
          <article class="lead-article">
            {{#COVER}}<a class="lead-media" href="{{URL}}" tabindex="-1" aria-hidden="true"><img src="{{COVER_URL}}" srcset="{{COVER_SRCSET}}" sizes="(min-width: 960px) 760px, 100vw" alt="{{COVER_ALT}}" fetchpriority="high" width="640" height="360"></a>{{/COVER}}
            <div class="lead-body">
              <p class="card-meta"><a href="{{CATEGORY_URL}}">{{CATEGORY_NAME}}</a> · <time datetime="{{DATE_ISO}}">{{DATE}}</time></p>
              <h3 class="lead-title"><a href="{{URL}}">{{TITLE}}</a></h3>
              <p class="lead-summary">{{SUMMARY}}</p>
            </div>
          </article>
        </li>
        {{/LEAD}}{{#FEATURED}}<li class="slide">{{>CARD}}</li>{{/FEATURED}}{{#LEAD}}
      </ul>
      {{#HAS_FEATURED}}<p class="slider-hint">Vuốt ngang để xem thêm tin nổi bật.</p>{{/HAS_FEATURED}}
    </section>{{/LEAD}}
    {{#CATEGORY_BLOCK}}<section class="category-block">
      <h2 class="section-title"><a href="{{BLOCK_URL}}">{{BLOCK_NAME}}</a></h2>
      <ul class="card-grid">
        {{#BLOCK_ITEM}}<li>{{>CARD}}</li>{{/BLOCK_ITEM}}
      </ul>
      <p class="more"><a href="{{BLOCK_URL}}">Xem thêm {{BLOCK_NAME}}</a></p>
    </section>{{/CATEGORY_BLOCK}}
  </div>
  <aside class="home-side" aria-label="Thông tin bên lề">
    {{#HAS_NOTICES}}<section class="side-box notices" aria-labelledby="thong-bao">
      <h2 id="thong-bao" class="section-title">Thông báo</h2>
      <ul class="notice-list">
        {{#NOTICE}}<li><a href="{{URL}}">{{TITLE}}</a> <time datetime="{{DATE_ISO}}">{{DATE}}</time></li>{{/NOTICE}}
      </ul>
      <p class="more"><a href="{{NOTICES_URL}}">Tất cả thông báo</a></p>
    </section>{{/HAS_NOTICES}}
    <section class="side-box" aria-labelledby="tin-moi">
      <h2 id="tin-moi" class="section-title">Tin mới</h2>
      <ol class="latest-list">
        {{#LATEST}}<li><a href="{{URL}}">{{TITLE}}</a> <time datetime="{{DATE_ISO}}">{{DATE}}</time></li>{{/LATEST}}
      </ol>
      <p class="more"><a href="{{PREFIX}}/tin-tuc">Tất cả tin tức</a></p>
    </section>
    {{#HAS_DOCUMENTS}}<section class="side-box documents-box" aria-labelledby="van-ban-moi">
      <h2 id="van-ban-moi" class="section-title">Văn bản mới</h2>
      <ul class="doc-side-list">
        {{#DOCUMENT}}<li><a href="{{URL}}"><span class="doc-number">{{NUMBER}}</span> {{TITLE}}</a> <time datetime="{{DATE_ISO}}">{{DATE}}</time></li>{{/DOCUMENT}}
      </ul>
      <p class="more"><a href="{{DOCUMENTS_URL}}">Tất cả văn bản</a></p>
    </section>{{/HAS_DOCUMENTS}}
    {{#HAS_LINKS}}<section class="side-box" aria-labelledby="lien-ket">
      <h2 id="lien-ket" class="section-title">Liên kết</h2>
      <ul class="link-list">
        {{#LINK}}<li><a href="{{LINK_URL}}" rel="noopener">{{LINK_TITLE}}</a></li>{{/LINK}}
      </ul>
      <p class="more"><a href="{{PREFIX}}/lien-ket">Tất cả liên kết</a></p>
    </section>{{/HAS_LINKS}}
    <section class="side-box counters" aria-labelledby="thong-ke-truy-cap">
      <h2 id="thong-ke-truy-cap" class="section-title">Thống kê truy cập</h2>
      <dl class="counter-list">
        <div><dt>Đang truy cập</dt><dd>{{ONLINE}}</dd></div>
        <div><dt>Hôm nay</dt><dd>{{TODAY}}</dd></div>
        <div><dt>Tổng lượt truy cập</dt><dd>{{TOTAL}}</dd></div>
      </dl>
    </section>
  </aside>
</div>
