{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Văn bản</li></ol>
</nav>
<h1 class="page-title">Văn bản</h1>
<p class="page-lead">Văn bản chỉ đạo, điều hành của {{SITE_NAME}} và văn bản của cơ quan cấp trên. Xem thêm <a href="{{PREFIX}}/du-thao">dự thảo lấy ý kiến</a> và <a href="{{PREFIX}}/thu-tuc-hanh-chinh">thủ tục hành chính</a>.</p>
<form method="get" action="{{ACTION}}" class="filters doc-filters" role="search" aria-label="Lọc văn bản">
  <p class="filter-q"><label for="q">Số, ký hiệu hoặc trích yếu</label> <input id="q" name="q" type="search" value="{{Q}}" maxlength="100"></p>
  <p><label for="loai">Loại văn bản</label> <select id="loai" name="loai"><option value="">Tất cả</option>{{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/TYPE}}</select></p>
  <p><label for="co-quan">Cơ quan ban hành</label> <select id="co-quan" name="co-quan"><option value="">Tất cả</option>{{#ISSUER}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/ISSUER}}</select></p>
  <p><label for="linh-vuc">Lĩnh vực</label> <select id="linh-vuc" name="linh-vuc"><option value="">Tất cả</option>{{#FIELD}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/FIELD}}</select></p>
  <p><label for="nam">Năm</label> <select id="nam" name="nam"><option value="">Tất cả</option>{{#YEAR}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/YEAR}}</select></p>
  <p><button type="submit" class="button">Lọc</button></p>
</form>
<p class="doc-count" role="status">Tìm thấy <strong>{{TOTAL}}</strong> văn bản.{{#FILTERED}} <a href="{{CLEAR_URL}}">Bỏ lọc</a>{{/FILTERED}}</p>
{{#EMPTY}}<p class="empty">Không có văn bản phù hợp với điều kiện lọc.</p>{{/EMPTY}}
<ul class="doc-list">
  {{#DOC}}<li class="doc-item">
    <p class="doc-meta"><span class="doc-number">{{NUMBER}}</span> · {{TYPE}} · <time datetime="{{DATE_ISO}}">{{DATE}}</time> · <span class="validity validity-{{VALIDITY_CLASS}}">{{VALIDITY}}</span>{{#HAS_FILES}} · <span class="doc-has-file">Có tệp đính kèm</span>{{/HAS_FILES}}</p>
    <h2 class="doc-title"><a href="{{URL}}">{{TITLE}}</a></h2>
    <p class="doc-issuer">{{ISSUER}}</p>
  </li>{{/DOC}}
</ul>
<nav class="pager" aria-label="Phân trang">{{#NOT_FIRST}}<a class="pager-newer" href="{{FIRST_URL}}">← Văn bản mới nhất</a> {{/NOT_FIRST}}{{#OLDER}}<a class="pager-older" href="{{OLDER_URL}}" rel="next">Văn bản cũ hơn →</a>{{/OLDER}}</nav>
