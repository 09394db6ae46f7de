{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Thủ tục hành chính</li></ol>
</nav>
<h1 class="page-title">Thủ tục hành chính</h1>
<p class="page-lead">Trình tự, hồ sơ, thời hạn, phí và biểu mẫu của các thủ tục hành chính lĩnh vực giáo dục và đào tạo.</p>
<form method="get" action="{{ACTION}}" class="filters doc-filters" role="search" aria-label="Tìm thủ tục">
  <p class="filter-q"><label for="q">Tên hoặc mã thủ tục</label> <input id="q" name="q" type="search" value="{{Q}}" maxlength="100"></p>
  <p><label for="linh-vuc">Lĩnh vực</label> <select id="linh-vuc" name="linh-vuc"><option value="">Tất cả</option>{{#FIELD}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/FIELD}}</select></p>
  <p><label for="cap">Cấp thực hiện</label> <select id="cap" name="cap"><option value="">Tất cả</option>{{#LEVEL}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL}}</select></p>
  <p><button type="submit" class="button">Tìm</button></p>
</form>
<p class="doc-count" role="status">Có <strong>{{TOTAL}}</strong> thủ tục.</p>
{{#EMPTY}}<p class="empty">Không có thủ tục phù hợp.</p>{{/EMPTY}}
<ul class="doc-list">
  {{#PROCEDURE}}<li class="doc-item"><h2 class="doc-title"><a href="{{URL}}">{{NAME}}</a></h2><p class="doc-meta">{{#HAS_CODE}}Mã {{CODE}} · {{/HAS_CODE}}{{FIELD}} · {{LEVEL}}{{#HAS_ONLINE}} · <span class="doc-has-file">{{ONLINE}}</span>{{/HAS_ONLINE}}</p></li>{{/PROCEDURE}}
</ul>
