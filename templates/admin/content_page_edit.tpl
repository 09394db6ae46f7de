{{%AUTOESCAPE context="HTML"}}<link rel="stylesheet" href="/static/vendor/quill/quill.snow.css">
<script src="/static/vendor/quill/quill.js" defer></script>
<script src="/static/js/admin-editor.js" defer></script>
<h1>{{HEADING}}</h1>
<p><a href="{{BACK_URL}}">Danh sách trang giới thiệu</a>{{#HAS_PUBLIC}} · <a href="{{PUBLIC_URL}}">Xem trên cổng</a>{{/HAS_PUBLIC}}</p>
{{#HAS_MESSAGE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#HAS_INVALID}}<p class="alert" role="alert">Vui lòng kiểm tra lại các ô được đánh dấu.</p>{{/HAS_INVALID}}
<form method="post" action="{{ACTION}}" class="form editor-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="tieu_de">Tiêu đề</label><input id="tieu_de" name="tieu_de" type="text" value="{{F_TITLE}}" maxlength="255"{{#HAS_ERROR_tieu_de}} aria-invalid="true" aria-describedby="loi-tieu_de"{{/HAS_ERROR_tieu_de}} required>{{#HAS_ERROR_tieu_de}}<span class="field-error" id="loi-tieu_de">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  <div class="field-row">
    <p class="field"><label for="duong_dan">Đường dẫn (để trống: lấy theo tiêu đề)</label><input id="duong_dan" name="duong_dan" type="text" value="{{F_SLUG}}" maxlength="100" pattern="[a-z0-9-]+"{{#HAS_ERROR_duong_dan}} aria-invalid="true" aria-describedby="loi-duong_dan"{{/HAS_ERROR_duong_dan}}>{{#HAS_ERROR_duong_dan}}<span class="field-error" id="loi-duong_dan">{{ERROR_duong_dan}}</span>{{/HAS_ERROR_duong_dan}}</p>
    <p class="field"><label for="thu_tu">Thứ tự</label><input id="thu_tu" name="thu_tu" type="number" min="0" max="100000" value="{{F_ORDER}}"{{#HAS_ERROR_thu_tu}} aria-invalid="true" aria-describedby="loi-thu_tu"{{/HAS_ERROR_thu_tu}}>{{#HAS_ERROR_thu_tu}}<span class="field-error" id="loi-thu_tu">{{ERROR_thu_tu}}</span>{{/HAS_ERROR_thu_tu}}</p>
  </div>
  <div class="field"><label for="noi_dung">Nội dung</label><textarea id="noi_dung" name="noi_dung" rows="16" class="rich-text"{{#HAS_ERROR_noi_dung}} aria-invalid="true" aria-describedby="loi-noi_dung"{{/HAS_ERROR_noi_dung}}>{{F_BODY}}</textarea>{{#HAS_ERROR_noi_dung}}<span class="field-error" id="loi-noi_dung">{{ERROR_noi_dung}}</span>{{/HAS_ERROR_noi_dung}}
    <span class="hint">Có thể dán văn bản từ Word; hệ thống tự làm sạch định dạng khi lưu.</span></div>
  <div class="actions"><button type="submit" class="button">Lưu trang</button></div>
</form>
{{#CAN_DELETE}}<form method="post" action="{{DELETE_URL}}" class="form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button danger">Xóa trang này</button></form>{{/CAN_DELETE}}
