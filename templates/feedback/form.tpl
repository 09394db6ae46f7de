{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Góp ý</li></ol>
</nav>
<h1 class="page-title">Gửi góp ý, câu hỏi</h1>
<p class="page-lead">Ý kiến của bạn được trả lời trong {{SIMPLE_DAYS}} ngày làm việc ({{COMPLEX_DAYS}} ngày với trường hợp phức tạp). Sau khi gửi, bạn nhận được mã tra cứu để theo dõi tại trang <a href="{{PREFIX}}/gop-y/tra-cuu">Tra cứu góp ý</a>. Xem các câu hỏi đã được trả lời tại <a href="{{PREFIX}}/hoi-dap">Hỏi đáp</a>.</p>
{{#HAS_MESSAGE}}<div class="form-message" role="alert"><p>{{MESSAGE}}</p>{{#HAS_ERRORS}}<ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{ERROR_TEXT}}</a></li>{{/ERROR}}</ul>{{/HAS_ERRORS}}</div>{{/HAS_MESSAGE}}
<form class="public-form" method="post" action="{{PREFIX}}/gop-y" enctype="multipart/form-data" novalidate>
  <p class="form-note">Các ô có dấu <span aria-hidden="true">*</span><span class="visually-hidden">sao</span> là bắt buộc.</p>
  <div class="field{{#HAS_ERROR_ho_ten}} has-error{{/HAS_ERROR_ho_ten}}">
    <label for="ho_ten">Họ và tên <span aria-hidden="true">*</span></label>
    {{#HAS_ERROR_ho_ten}}<p class="field-error" id="ho_ten-loi">{{ERROR_ho_ten}}</p>{{/HAS_ERROR_ho_ten}}
    <input id="ho_ten" name="ho_ten" value="{{HO_TEN}}" maxlength="100" required autocomplete="name"{{#HAS_ERROR_ho_ten}} aria-invalid="true" aria-describedby="ho_ten-loi"{{/HAS_ERROR_ho_ten}}>
  </div>
  <div class="field{{#HAS_ERROR_email}} has-error{{/HAS_ERROR_email}}">
    <label for="email">Thư điện tử</label>
    <p class="field-hint" id="email-goi-y">Nhập thư điện tử hoặc số điện thoại (ít nhất một) để nhận trả lời.</p>
    {{#HAS_ERROR_email}}<p class="field-error" id="email-loi">{{ERROR_email}}</p>{{/HAS_ERROR_email}}
    <input id="email" name="email" type="email" value="{{EMAIL}}" maxlength="254" autocomplete="email" aria-describedby="email-goi-y{{#HAS_ERROR_email}} email-loi{{/HAS_ERROR_email}}"{{#HAS_ERROR_email}} aria-invalid="true"{{/HAS_ERROR_email}}>
  </div>
  <div class="field{{#HAS_ERROR_dien_thoai}} has-error{{/HAS_ERROR_dien_thoai}}">
    <label for="dien_thoai">Số điện thoại</label>
    {{#HAS_ERROR_dien_thoai}}<p class="field-error" id="dien_thoai-loi">{{ERROR_dien_thoai}}</p>{{/HAS_ERROR_dien_thoai}}
    <input id="dien_thoai" name="dien_thoai" type="tel" value="{{DIEN_THOAI}}" maxlength="20" autocomplete="tel"{{#HAS_ERROR_dien_thoai}} aria-invalid="true" aria-describedby="dien_thoai-loi"{{/HAS_ERROR_dien_thoai}}>
  </div>
  <div class="field{{#HAS_ERROR_linh_vuc}} has-error{{/HAS_ERROR_linh_vuc}}">
    <label for="linh_vuc">Lĩnh vực <span aria-hidden="true">*</span></label>
    {{#HAS_ERROR_linh_vuc}}<p class="field-error" id="linh_vuc-loi">{{ERROR_linh_vuc}}</p>{{/HAS_ERROR_linh_vuc}}
    <select id="linh_vuc" name="linh_vuc" required{{#HAS_ERROR_linh_vuc}} aria-invalid="true" aria-describedby="linh_vuc-loi"{{/HAS_ERROR_linh_vuc}}>
      <option value="">— Chọn lĩnh vực —</option>
      {{#TOPIC}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TOPIC}}
    </select>
  </div>
  <div class="field{{#HAS_ERROR_tieu_de}} has-error{{/HAS_ERROR_tieu_de}}">
    <label for="tieu_de">Tiêu đề <span aria-hidden="true">*</span></label>
    {{#HAS_ERROR_tieu_de}}<p class="field-error" id="tieu_de-loi">{{ERROR_tieu_de}}</p>{{/HAS_ERROR_tieu_de}}
    <input id="tieu_de" name="tieu_de" value="{{TIEU_DE}}" maxlength="200" required{{#HAS_ERROR_tieu_de}} aria-invalid="true" aria-describedby="tieu_de-loi"{{/HAS_ERROR_tieu_de}}>
  </div>
  <div class="field{{#HAS_ERROR_noi_dung}} has-error{{/HAS_ERROR_noi_dung}}">
    <label for="noi_dung">Nội dung <span aria-hidden="true">*</span></label>
    <p class="field-hint" id="noi_dung-goi-y">Từ 20 đến 5.000 ký tự.</p>
    {{#HAS_ERROR_noi_dung}}<p class="field-error" id="noi_dung-loi">{{ERROR_noi_dung}}</p>{{/HAS_ERROR_noi_dung}}
    <textarea id="noi_dung" name="noi_dung" rows="8" maxlength="5000" required aria-describedby="noi_dung-goi-y{{#HAS_ERROR_noi_dung}} noi_dung-loi{{/HAS_ERROR_noi_dung}}"{{#HAS_ERROR_noi_dung}} aria-invalid="true"{{/HAS_ERROR_noi_dung}}>{{NOI_DUNG}}</textarea>
  </div>
  <div class="field{{#HAS_ERROR_tep}} has-error{{/HAS_ERROR_tep}}">
    <label for="tep">Tệp đính kèm (không bắt buộc)</label>
    <p class="field-hint" id="tep-goi-y">Một tệp PDF, DOCX, JPEG hoặc PNG, tối đa 10 MB.</p>
    {{#HAS_ERROR_tep}}<p class="field-error" id="tep-loi">{{ERROR_tep}}</p>{{/HAS_ERROR_tep}}
    <input id="tep" name="tep" type="file" accept=".pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby="tep-goi-y{{#HAS_ERROR_tep}} tep-loi{{/HAS_ERROR_tep}}"{{#HAS_ERROR_tep}} aria-invalid="true"{{/HAS_ERROR_tep}}>
  </div>
  <div class="hp"><label for="website">Không điền vào ô này</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
  <input type="hidden" name="t" value="{{T}}">
  {{#CHALLENGE}}<div class="field challenge{{#HAS_CHALLENGE_ERROR}} has-error{{/HAS_CHALLENGE_ERROR}}">
    <input type="hidden" name="thu_thach" value="{{TOKEN}}">
    <label for="tra_loi">Câu hỏi kiểm tra: {{QUESTION}} <span aria-hidden="true">*</span></label>
    <p class="field-hint" id="tra_loi-goi-y">Trả lời bằng chữ số, ví dụ 12.</p>
    {{#HAS_CHALLENGE_ERROR}}<p class="field-error" id="tra_loi-loi">{{CHALLENGE_ERROR}}</p>{{/HAS_CHALLENGE_ERROR}}
    <input id="tra_loi" name="tra_loi" inputmode="numeric" maxlength="3" autocomplete="off" required aria-describedby="tra_loi-goi-y{{#HAS_CHALLENGE_ERROR}} tra_loi-loi{{/HAS_CHALLENGE_ERROR}}">
  </div>{{/CHALLENGE}}
  <p><button type="submit" class="button">Gửi góp ý</button></p>
</form>
