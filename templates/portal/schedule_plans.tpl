{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/lich-cong-tac">Lịch công tác</a></li><li aria-current="page">{{HEADING}}</li></ol>
</nav>
<h1 class="page-title">{{HEADING}}</h1>
<p class="page-lead">Kế hoạch năm học, kế hoạch tháng và chương trình công tác tháng của {{SITE_NAME}}, mới nhất trước.</p>
<nav class="plan-filter" aria-label="Loại kế hoạch">
  <ul>
    <li><a href="{{ALL_URL}}"{{#ALL_CURRENT}} aria-current="page"{{/ALL_CURRENT}}>Tất cả</a></li>
    {{#FILTER}}<li><a href="{{FILTER_URL}}"{{#FILTER_CURRENT}} aria-current="page"{{/FILTER_CURRENT}}>{{FILTER_NAME}}</a></li>{{/FILTER}}
  </ul>
</nav>
<h2 class="visually-hidden">Danh sách kế hoạch</h2>
<ul class="plan-list">
  {{#PLAN}}<li class="plan-item">
    <p class="plan-meta"><span class="tag">{{KIND}}</span>{{#HAS_PERIOD}} <span>{{PERIOD}}</span>{{/HAS_PERIOD}}{{#HAS_NUMBER}} <span>Số: {{NUMBER}}</span>{{/HAS_NUMBER}}</p>
    <h3 class="plan-title"><a href="{{URL}}">{{TITLE}}</a></h3>
    {{#HAS_SUMMARY}}<p class="plan-summary">{{SUMMARY}}</p>{{/HAS_SUMMARY}}
    <p class="muted">Đăng ngày <time datetime="{{DATE_ISO}}">{{DATE}}</time></p>
  </li>{{/PLAN}}
</ul>
{{#EMPTY}}<p class="empty">Chưa có kế hoạch nào được đăng.</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="Phân trang">
  {{#NEWER}}<a class="pager-newer" href="{{NEWER_URL}}" rel="prev">← Mới hơn</a>{{/NEWER}}
  {{#OLDER}}<a class="pager-older" href="{{OLDER_URL}}" rel="next">Cũ hơn →</a>{{/OLDER}}
</nav>{{/PAGER}}
