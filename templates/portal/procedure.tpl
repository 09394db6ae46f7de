{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{LIST_URL}}">Thủ tục hành chính</a></li><li aria-current="page">{{NAME}}</li></ol>
</nav>
<article class="document procedure">
  <h1 class="page-title">{{NAME}}</h1>
  <dl class="doc-fields">
    {{#HAS_CODE}}<div><dt>Mã thủ tục</dt><dd>{{CODE}}</dd></div>{{/HAS_CODE}}
    <div><dt>Lĩnh vực</dt><dd>{{FIELD}}</dd></div>
    <div><dt>Cấp thực hiện</dt><dd>{{LEVEL}}</dd></div>
    <div><dt>Cơ quan thực hiện</dt><dd>{{AGENCY}}</dd></div>
    <div><dt>Thời hạn giải quyết</dt><dd>{{TIME_LIMIT}}</dd></div>
    <div><dt>Phí, lệ phí</dt><dd>{{FEES}}</dd></div>
    <div><dt>Kết quả</dt><dd>{{RESULT}}</dd></div>
    <div><dt>Cập nhật</dt><dd>{{UPDATED}}</dd></div>
  </dl>
  {{#ONLINE}}<p class="online-service"><a class="button" href="{{URL}}" rel="noopener">Nộp hồ sơ trực tuyến</a> <span>{{LABEL}}</span></p>{{/ONLINE}}
  <h2 class="section-title">Đối tượng thực hiện</h2>
  <ul>{{#SUBJECT}}<li>{{LINE}}</li>{{/SUBJECT}}</ul>
  <h2 class="section-title">Trình tự thực hiện</h2>
  <ol class="steps">{{#STEP}}<li>{{LINE}}</li>{{/STEP}}</ol>
  <h2 class="section-title">Cách thức thực hiện</h2>
  <ul>{{#METHOD}}<li>{{LINE}}</li>{{/METHOD}}</ul>
  <h2 class="section-title">Thành phần hồ sơ</h2>
  <ul>{{#DOSSIER}}<li>{{LINE}}</li>{{/DOSSIER}}</ul>
  <h2 class="section-title">Yêu cầu, điều kiện</h2>
  <ul>{{#REQUIREMENT}}<li>{{LINE}}</li>{{/REQUIREMENT}}</ul>
  {{#HAS_BASIS}}<h2 class="section-title">Căn cứ pháp lý</h2>
  <ul class="doc-side-list">{{#BASIS}}<li>{{#LINKED}}<a href="{{URL}}"><span class="doc-number">{{NUMBER}}</span> {{TITLE}}</a>{{/LINKED}}{{#PLAIN}}{{CITATION}}{{/PLAIN}}</li>{{/BASIS}}</ul>{{/HAS_BASIS}}
  {{#HAS_FORMS}}<h2 class="section-title">Biểu mẫu</h2>
  <ul class="file-list">{{#FORM}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="file-meta">({{NAME}}, {{SIZE}})</span></li>{{/FORM}}</ul>{{/HAS_FORMS}}
</article>
