{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{LIST_URL}}">Dự thảo lấy ý kiến</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<article class="document">
  <h1 class="page-title">{{TITLE}}</h1>
  <dl class="doc-fields">
    {{#HAS_UNIT}}<div><dt>Đơn vị soạn thảo</dt><dd>{{UNIT}}</dd></div>{{/HAS_UNIT}}
    {{#HAS_FIELD}}<div><dt>Lĩnh vực</dt><dd>{{FIELD}}</dd></div>{{/HAS_FIELD}}
    <div><dt>Ngày đăng</dt><dd>{{OPENS}}</dd></div>
    <div><dt>Hạn góp ý</dt><dd><time datetime="{{CLOSES_ISO}}">{{CLOSES}}</time></dd></div>
  </dl>
  <p>{{SUMMARY}}</p>
  {{#HAS_FILES}}<h2 class="section-title">Toàn văn dự thảo</h2>
  <ul class="file-list">{{#FILE}}<li><a href="{{URL}}">{{NAME}}</a> <span class="file-meta">({{SIZE}})</span></li>{{/FILE}}</ul>{{/HAS_FILES}}
  <h2 class="section-title" id="gop-y">Gửi ý kiến góp ý</h2>
  {{#SENT}}<div class="form-done" role="status"><p>Cảm ơn bạn đã góp ý. Ý kiến của bạn đã được gửi đến bộ phận soạn thảo.</p></div>{{/SENT}}
  {{#HAS_MESSAGE}}<div class="form-message" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_MESSAGE}}
  {{#CLOSED}}<p class="empty">Dự thảo đã hết thời gian lấy ý kiến; mẫu góp ý đã đóng.</p>{{/CLOSED}}
  {{#FORM}}<form class="public-form" method="post" action="{{ACTION}}" novalidate>
    <p class="form-note">Ý kiến góp ý chỉ gửi đến cán bộ phụ trách, không đăng công khai. Các ô có dấu <span aria-hidden="true">*</span><span class="visually-hidden">sao</span> là bắt buộc.</p>
    <div class="field{{#NAME_ERROR}} has-error{{/NAME_ERROR}}">
      <label for="ho_ten">Họ và tên <span aria-hidden="true">*</span></label>
      {{#NAME_ERROR}}<p class="field-error" id="ho_ten-loi">{{NAME_ERROR}}</p>{{/NAME_ERROR}}
      <input id="ho_ten" name="ho_ten" value="{{NAME}}" maxlength="255" required autocomplete="name"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="ho_ten-loi"{{/NAME_ERROR}}>
    </div>
    <div class="field{{#EMAIL_ERROR}} has-error{{/EMAIL_ERROR}}">
      <label for="email">Thư điện tử (không bắt buộc)</label>
      {{#EMAIL_ERROR}}<p class="field-error" id="email-loi">{{EMAIL_ERROR}}</p>{{/EMAIL_ERROR}}
      <input id="email" name="email" type="email" value="{{EMAIL}}" maxlength="255" autocomplete="email"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-loi"{{/EMAIL_ERROR}}>
    </div>
    <div class="field{{#BODY_ERROR}} has-error{{/BODY_ERROR}}">
      <label for="noi_dung">Nội dung góp ý <span aria-hidden="true">*</span></label>
      {{#BODY_ERROR}}<p class="field-error" id="noi_dung-loi">{{BODY_ERROR}}</p>{{/BODY_ERROR}}
      <textarea id="noi_dung" name="noi_dung" rows="8" maxlength="5000" required{{#BODY_ERROR}} aria-invalid="true" aria-describedby="noi_dung-loi"{{/BODY_ERROR}}>{{BODY}}</textarea>
    </div>
    <div class="hp"><label for="website">Không điền vào ô này</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
    <input type="hidden" name="t" value="{{T}}">
    <p><button type="submit" class="button">Gửi góp ý</button></p>
  </form>{{/FORM}}
</article>
