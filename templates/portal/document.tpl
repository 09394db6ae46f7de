{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{LIST_URL}}">Văn bản</a></li><li aria-current="page">{{NUMBER}}</li></ol>
</nav>
<article class="document">
  <p class="doc-kicker"><a href="{{TYPE_URL}}">{{TYPE}}</a> số {{NUMBER}}</p>
  <h1 class="page-title">{{ABSTRACT}}</h1>
  <dl class="doc-fields">
    <div><dt>Số, ký hiệu</dt><dd>{{NUMBER}}</dd></div>
    <div><dt>Loại văn bản</dt><dd>{{TYPE}}</dd></div>
    <div><dt>Cơ quan ban hành</dt><dd><a href="{{ISSUER_URL}}">{{ISSUER}}</a></dd></div>
    {{#HAS_SIGNER}}<div><dt>Người ký</dt><dd>{{SIGNER}} – {{POSITION}}</dd></div>{{/HAS_SIGNER}}
    <div><dt>Ngày ban hành</dt><dd><time datetime="{{ISSUED_ISO}}">{{ISSUED}}</time></dd></div>
    {{#HAS_EFFECTIVE}}<div><dt>Ngày hiệu lực</dt><dd>{{EFFECTIVE}}</dd></div>{{/HAS_EFFECTIVE}}
    {{#HAS_EXPIRES}}<div><dt>Ngày hết hiệu lực</dt><dd>{{EXPIRES}}</dd></div>{{/HAS_EXPIRES}}
    <div><dt>Tình trạng</dt><dd><span class="validity validity-{{VALIDITY_CLASS}}">{{VALIDITY}}</span>{{#REPLACED_BY}} – thay thế bởi <a href="{{URL}}">{{NUMBER}}</a>{{/REPLACED_BY}}</dd></div>
    {{#HAS_FIELD}}<div><dt>Lĩnh vực</dt><dd><a href="{{FIELD_URL}}">{{FIELD}}</a></dd></div>{{/HAS_FIELD}}
    <div><dt>Nguồn</dt><dd>{{DIRECTION}}</dd></div>
  </dl>
  {{#BODY_LINE}}<p>{{LINE}}</p>{{/BODY_LINE}}
  {{#HAS_FILES}}<section class="doc-files" aria-labelledby="tep-dinh-kem">
    <h2 id="tep-dinh-kem" class="section-title">Tệp đính kèm</h2>
    <ul class="file-list">
      {{#FILE}}<li><a href="{{URL}}" download>{{NAME}}</a> <span class="file-meta">({{KIND}}, {{SIZE}}, {{DOWNLOADS}} lượt tải)</span></li>{{/FILE}}
    </ul>
  </section>{{/HAS_FILES}}
  {{#VIEWER}}<section class="pdf-view" aria-labelledby="xem-van-ban">
    <h2 id="xem-van-ban" class="section-title">Xem văn bản</h2>
    {{#FRAME}}<iframe class="pdf-frame" src="{{VIEW_URL}}" title="Nội dung tệp {{VIEW_NAME}}"></iframe>
    <p class="pdf-fallback">Nếu trình duyệt không hiển thị được, <a href="{{VIEW_URL}}">mở tệp PDF</a>.</p>{{/FRAME}}
    {{#OPEN_FRAME}}<p><a class="button" href="{{PAGE_URL}}?xem=1#xem-van-ban">Xem trực tiếp trên trang</a> hoặc <a href="{{VIEW_URL}}">mở tệp PDF</a> ({{VIEW_NAME}}).</p>{{/OPEN_FRAME}}
  </section>{{/VIEWER}}
  {{#HAS_RELATED}}<section class="doc-related" aria-labelledby="van-ban-lien-quan">
    <h2 id="van-ban-lien-quan" class="section-title">Văn bản liên quan</h2>
    <ul class="doc-side-list">
      {{#RELATED}}<li><span class="relation">{{RELATION}}:</span> <a href="{{URL}}"><span class="doc-number">{{NUMBER}}</span> {{TITLE}}</a></li>{{/RELATED}}
    </ul>
  </section>{{/HAS_RELATED}}
  {{#HAS_PROCEDURES}}<section class="doc-related" aria-labelledby="thu-tuc-lien-quan">
    <h2 id="thu-tuc-lien-quan" class="section-title">Thủ tục hành chính căn cứ văn bản này</h2>
    <ul class="doc-side-list">{{#PROCEDURE}}<li><a href="{{URL}}">{{TITLE}}</a></li>{{/PROCEDURE}}</ul>
  </section>{{/HAS_PROCEDURES}}
</article>
