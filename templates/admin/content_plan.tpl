{{%AUTOESCAPE context="HTML"}}<link rel="stylesheet" href="/static/vendor/quill/quill.snow.css">
<script src="/static/vendor/quill/quill.js" defer></script>
<script src="/static/js/admin-editor.js" defer></script>
<h1>{{HEADING}}</h1>
<p><a href="{{BACK_URL}}">Danh sách kế hoạch</a>{{#HAS_PUBLIC}} · <a href="{{PUBLIC_URL}}">Xem trên cổng</a>{{/HAS_PUBLIC}}</p>
{{#HAS_MESSAGE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#HAS_INVALID}}<p class="alert" role="alert">Vui lòng kiểm tra lại các ô được đánh dấu.</p>{{/HAS_INVALID}}
<form method="post" action="{{ACTION}}" class="form editor-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field-row">
    <p class="field"><label for="loai">Loại</label><select id="loai" name="loai">{{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}</select></p>
    <p class="field"><label for="so_hieu">Số, ký hiệu</label><input id="so_hieu" name="so_hieu" type="text" value="{{F_NUMBER}}" maxlength="64" placeholder="125/KH-PGDĐT"></p>
  </div>
  <p class="field"><label for="tieu_de">Tên kế hoạch</label><input id="tieu_de" name="tieu_de" type="text" value="{{F_TITLE}}" maxlength="500"{{#HAS_ERROR_tieu_de}} aria-invalid="true" aria-describedby="loi-tieu_de"{{/HAS_ERROR_tieu_de}} required>{{#HAS_ERROR_tieu_de}}<span class="field-error" id="loi-tieu_de">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  <div class="field-row">
    <p class="field"><label for="ky">Kỳ (như hiển thị)</label><input id="ky" name="ky" type="text" value="{{F_PERIOD}}" maxlength="100" placeholder="Tháng 12/2026"></p>
    <p class="field"><label for="tu_ngay">Từ ngày</label><input id="tu_ngay" name="tu_ngay" type="date" value="{{F_START}}"{{#HAS_ERROR_tu_ngay}} aria-invalid="true" aria-describedby="loi-tu_ngay"{{/HAS_ERROR_tu_ngay}}>{{#HAS_ERROR_tu_ngay}}<span class="field-error" id="loi-tu_ngay">{{ERROR_tu_ngay}}</span>{{/HAS_ERROR_tu_ngay}}</p>
    <p class="field"><label for="den_ngay">Đến ngày</label><input id="den_ngay" name="den_ngay" type="date" value="{{F_END}}"{{#HAS_ERROR_den_ngay}} aria-invalid="true" aria-describedby="loi-den_ngay"{{/HAS_ERROR_den_ngay}}>{{#HAS_ERROR_den_ngay}}<span class="field-error" id="loi-den_ngay">{{ERROR_den_ngay}}</span>{{/HAS_ERROR_den_ngay}}</p>
  </div>
  <p class="field"><label for="tom_tat">Tóm tắt</label><textarea id="tom_tat" name="tom_tat" rows="3" maxlength="2000">{{F_SUMMARY}}</textarea></p>
  <div class="field"><label for="noi_dung">Nội dung</label><textarea id="noi_dung" name="noi_dung" rows="14" class="rich-text"{{#HAS_ERROR_noi_dung}} aria-invalid="true" aria-describedby="loi-noi_dung"{{/HAS_ERROR_noi_dung}}>{{F_BODY}}</textarea>{{#HAS_ERROR_noi_dung}}<span class="field-error" id="loi-noi_dung">{{ERROR_noi_dung}}</span>{{/HAS_ERROR_noi_dung}}</div>
  <p><label class="inline"><input type="checkbox" name="cong_bo" value="1"{{#PUBLISHED}} checked{{/PUBLISHED}}> Công bố trên cổng</label></p>
  <div class="actions"><button type="submit" class="button">Lưu kế hoạch</button></div>
</form>
