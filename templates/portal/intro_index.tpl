{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Giới thiệu</li></ol>
</nav>
<h1 class="page-title">Giới thiệu {{SITE_NAME}}</h1>
<ul class="intro-list">
  {{#PAGE}}<li class="intro-item">
    <h2><a href="{{URL}}">{{TITLE}}</a></h2>
    <p>{{TEASER}}</p>
  </li>{{/PAGE}}
</ul>
{{#EMPTY}}<p class="empty">Đơn vị chưa đăng trang giới thiệu.</p>{{/EMPTY}}
