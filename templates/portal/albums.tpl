{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Thư viện ảnh</li></ol>
</nav>
<h1 class="page-title">Thư viện ảnh</h1>
<p class="page-lead">Hình ảnh các hoạt động, sự kiện của {{SITE_NAME}}.</p>
{{#EMPTY}}<p class="empty">Chưa có album ảnh nào.</p>{{/EMPTY}}
<ul class="album-grid">
  {{#ALBUM}}<li class="album-card">
    <a href="{{URL}}">
      {{#COVER}}<img src="{{COVER_URL}}" srcset="{{COVER_SRCSET}}" sizes="(min-width: 960px) 380px, (min-width: 600px) 45vw, 100vw" alt="" loading="lazy" decoding="async" width="640" height="360">{{/COVER}}
      <span class="album-title">{{TITLE}}</span>
    </a>
    <p class="album-meta">{{#HAS_EVENT_DATE}}<time>{{EVENT_DATE}}</time> · {{/HAS_EVENT_DATE}}{{COUNT}} ảnh</p>
  </li>{{/ALBUM}}
</ul>
{{#OLDER}}<nav class="pager" aria-label="Phân trang"><a class="pager-older" href="{{OLDER_URL}}" rel="next">Album cũ hơn →</a></nav>{{/OLDER}}
