{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Liên kết</li></ol>
</nav>
<h1 class="page-title">Liên kết</h1>
<div class="links-grid">
{{#HAS_SUPERIOR}}<section class="side-box">
  <h2 class="section-title">Đơn vị cấp trên</h2>
  <ul class="link-list">{{#SUPERIOR}}<li><a href="{{URL}}">{{NAME}}</a></li>{{/SUPERIOR}}</ul>
</section>{{/HAS_SUPERIOR}}
{{#GROUP}}<section class="side-box">
  <h2 class="section-title">{{GROUP_NAME}}</h2>
  <ul class="link-list">{{#LINK}}<li><a href="{{URL}}" rel="noopener">{{TITLE}}</a>{{#HAS_DESCRIPTION}}<span class="unit-detail">{{DESCRIPTION}}</span>{{/HAS_DESCRIPTION}}</li>{{/LINK}}</ul>
</section>{{/GROUP}}
{{#HAS_MEMBERS}}<section class="side-box">
  <h2 class="section-title">Đơn vị trực thuộc</h2>
  <ul class="link-list">{{#MEMBER}}<li><a href="{{URL}}">{{NAME}}</a> <span class="tag">{{LEVEL}}</span></li>{{/MEMBER}}</ul>
</section>{{/HAS_MEMBERS}}
</div>
