{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Video</li></ol>
</nav>
<h1 class="page-title">Video</h1>
<p class="page-lead">Video các hội nghị, sự kiện và hoạt động của {{SITE_NAME}}.</p>
{{#EMPTY}}<p class="empty">Chưa có video nào.</p>{{/EMPTY}}
<ul class="album-grid">
  {{#VIDEO}}<li class="album-card">
    <a href="{{URL}}">
      {{#POSTER}}<img src="{{POSTER_URL}}" alt="" loading="lazy" decoding="async" width="640" height="360">{{/POSTER}}
      <span class="album-title">{{TITLE}}</span>
    </a>
    <p class="album-meta"><time>{{DATE}}</time></p>
    <p class="album-description">{{DESCRIPTION}}</p>
  </li>{{/VIDEO}}
</ul>
{{#OLDER}}<nav class="pager" aria-label="Phân trang"><a class="pager-older" href="{{OLDER_URL}}" rel="next">Video cũ hơn →</a></nav>{{/OLDER}}
