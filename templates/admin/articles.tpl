{{%AUTOESCAPE context="HTML"}}<h1>Bài viết</h1>
<nav class="tabs" aria-label="Lọc theo trạng thái"><ul>{{#FILTER}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/FILTER}}</ul></nav>
{{#EMPTY}}<p class="empty">Không có bài viết nào.</p>{{/EMPTY}}
<ul class="article-rows">
  {{#ARTICLE}}<li class="article-row">
    <a class="row-title" href="{{URL}}">{{TITLE}}</a>
    <span class="row-meta"><span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span> {{CATEGORY}} · {{AUTHOR}} · {{UPDATED}}</span>
  </li>{{/ARTICLE}}
</ul>
{{#MORE}}<p><a class="button secondary" href="{{MORE_URL}}">Xem thêm</a></p>{{/MORE}}
