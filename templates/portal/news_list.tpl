{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li>{{#CRUMB}}<li><a href="{{CRUMB_URL}}">{{CRUMB_NAME}}</a></li>{{/CRUMB}}<li aria-current="page">{{HEADING}}</li></ol>
</nav>
<h1 class="page-title">{{HEADING}}</h1>
{{#DESCRIPTION}}<p class="page-lead">{{DESCRIPTION}}</p>{{/DESCRIPTION}}
<h2 class="visually-hidden">Danh sách bài viết</h2>
<ul class="news-list">
  {{#ITEM}}<li>{{>CARD}}</li>{{/ITEM}}
</ul>
{{#EMPTY}}<p class="empty">Chuyên mục này chưa có bài viết.</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="Phân trang">
  {{#NEWER}}<a class="pager-newer" href="{{NEWER_URL}}" rel="prev">← Tin mới hơn</a>{{/NEWER}}
  {{#OLDER}}<a class="pager-older" href="{{OLDER_URL}}" rel="next">Tin cũ hơn →</a>{{/OLDER}}
</nav>{{/PAGER}}
