{{%AUTOESCAPE context="HTML"}}<link rel="stylesheet" href="/static/vendor/quill/quill.snow.css">
<script src="/static/vendor/quill/quill.js" defer></script>
<script src="/static/js/admin-editor.js" defer></script>
<h1>{{HEADING}}</h1>
<p class="hint">Công văn điện tử có giá trị như văn bản giấy (Quy chế, Điều 7). Sau khi gửi, công văn không thể sửa hay xóa: muốn sửa, gửi công văn đính chính; muốn hủy, gửi công văn thu hồi.</p>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<form method="post" action="{{ACTION}}" enctype="multipart/form-data" class="form editor-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="loai" value="{{KIND}}">
  {{#ORIGINAL}}<input type="hidden" name="goc" value="{{ORIGINAL_ID}}">
  <div class="panel"><p><strong>Công văn gốc:</strong> <a href="{{ORIGINAL_URL}}">{{ORIGINAL_NUMBER}} – {{ORIGINAL_SUBJECT}}</a></p>
  <p>Gửi tới các đơn vị đã nhận công văn gốc: {{ORIGINAL_RECIPIENTS}}</p></div>{{/ORIGINAL}}
  <div class="field-row">
    <p class="field"><label for="so_ky_hieu">Số, ký hiệu</label><input id="so_ky_hieu" name="so_ky_hieu" type="text" value="{{NUMBER}}" maxlength="64" placeholder="125/PGDĐT-VP" aria-describedby="so_ky_hieu_hint"><span class="hint" id="so_ky_hieu_hint">Ghi như trên văn bản; để trống nếu không có số.</span>{{#HAS_ERROR_so_ky_hieu}}<span class="field-error">{{ERROR_so_ky_hieu}}</span>{{/HAS_ERROR_so_ky_hieu}}</p>
    <p class="field"><label for="van_ban">Văn bản liên kết (mã số trong sổ văn bản, nếu có)</label><input id="van_ban" name="van_ban" type="text" inputmode="numeric" value="{{DOCUMENT_ID}}" maxlength="10">{{#HAS_ERROR_van_ban}}<span class="field-error">{{ERROR_van_ban}}</span>{{/HAS_ERROR_van_ban}}</p>
  </div>
  <p class="field"><label for="trich_yeu">Trích yếu</label><input id="trich_yeu" name="trich_yeu" type="text" value="{{SUBJECT}}" maxlength="500" required>{{#HAS_ERROR_trich_yeu}}<span class="field-error">{{ERROR_trich_yeu}}</span>{{/HAS_ERROR_trich_yeu}}</p>
  <div class="field"><label for="noi_dung">Nội dung</label><textarea id="noi_dung" name="noi_dung" rows="10" class="rich-text">{{BODY}}</textarea>{{#HAS_ERROR_noi_dung}}<span class="field-error">{{ERROR_noi_dung}}</span>{{/HAS_ERROR_noi_dung}}</div>
  <fieldset class="fieldset choices">
    <legend>Độ khẩn</legend>
    {{#PRIORITY}}<label class="inline"><input type="radio" name="do_khan" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label> {{/PRIORITY}}
  </fieldset>
  <p class="field"><label for="han_tra_loi">Hạn trả lời (để trống nếu không yêu cầu trả lời)</label><input id="han_tra_loi" name="han_tra_loi" type="datetime-local" value="{{DEADLINE}}">{{#HAS_ERROR_han_tra_loi}}<span class="field-error">{{ERROR_han_tra_loi}}</span>{{/HAS_ERROR_han_tra_loi}}</p>
  <p class="field"><label for="tep">Tệp đính kèm (PDF, Word, Excel; tối đa 10 tệp, mỗi tệp 20 MB)</label><input id="tep" name="tep" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,application/pdf"></p>
  {{#CHOOSE_RECIPIENTS}}<fieldset class="fieldset choices">
    <legend>Gửi theo cấp học</legend>
    {{#LEVEL}}<p><label><input type="checkbox" name="cap" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label></p>{{/LEVEL}}
  </fieldset>
  {{#HAS_GROUPS}}<fieldset class="fieldset choices">
    <legend>Gửi theo nhóm đã lưu</legend>
    {{#GROUP}}<p><label><input type="checkbox" name="nhom" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label></p>{{/GROUP}}
  </fieldset>{{/HAS_GROUPS}}
  <fieldset class="fieldset choices">
    <legend>Gửi từng đơn vị</legend>
    <ul class="plain site-choices">{{#SITE}}<li class="depth-{{DEPTH}}"><label><input type="checkbox" name="don_vi" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label></li>{{/SITE}}</ul>
    <p class="field"><label for="ten_nhom">Lưu các đơn vị chọn ở trên thành nhóm (tên nhóm, không bắt buộc)</label><input id="ten_nhom" name="ten_nhom" type="text" value="{{GROUP_NAME}}" maxlength="255"></p>
  </fieldset>{{/CHOOSE_RECIPIENTS}}
  <div class="actions"><button type="submit" class="button">Gửi công văn</button></div>
</form>
