{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Sơ đồ trang</li></ol>
</nav>
<h1 class="page-title">Sơ đồ trang</h1>
<p class="page-lead">Phím tắt: Alt+1 (hoặc Alt+Shift+1) về trang chủ, Alt+3 mở sơ đồ trang, Alt+4 đến ô tìm kiếm.</p>
<div class="sitemap">
<ul class="sitemap-tree">
  <li><a href="{{PREFIX}}/">Trang chủ</a></li>
  <li><a href="{{PREFIX}}/gioi-thieu">Giới thiệu</a>
    <ul>{{#INTRO_PAGE}}<li><a href="{{URL}}">{{TITLE}}</a></li>{{/INTRO_PAGE}}<li><a href="{{PREFIX}}/danh-ba">Danh bạ</a></li></ul>
  </li>
  <li><a href="{{PREFIX}}/tin-tuc">Tin tức</a>
    <ul>{{#CATEGORY}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/CATEGORY}}</ul>
  </li>
  <li><a href="{{PREFIX}}/van-ban">Văn bản</a>
    <ul><li><a href="{{PREFIX}}/du-thao">Dự thảo lấy ý kiến</a></li></ul>
  </li>
  <li><a href="{{PREFIX}}/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
  <li><a href="{{PREFIX}}/lich-cong-tac">Lịch công tác</a></li>
  <li><a href="{{PREFIX}}/album">Thư viện ảnh</a></li>
  <li><a href="{{PREFIX}}/video">Video</a></li>
  {{#HAS_UNITS}}<li><a href="{{PREFIX}}/don-vi">Đơn vị trực thuộc</a></li>{{/HAS_UNITS}}
  <li><a href="{{PREFIX}}/lien-ket">Liên kết</a></li>
  <li><a href="{{PREFIX}}/lien-he">Liên hệ</a></li>
  <li><a href="{{PREFIX}}/tim-kiem">Tìm kiếm</a></li>
  <li><a href="{{PREFIX}}/rss.xml">Tin RSS</a></li>
</ul>
{{#HAS_MENU}}<h2 class="section-title">Menu của đơn vị</h2>
<ul class="sitemap-tree">{{#MENU}}<li><a href="{{URL}}">{{LABEL}}</a>{{>CHILDREN}}</li>{{/MENU}}</ul>{{/HAS_MENU}}
</div>
