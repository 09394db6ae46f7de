{{%AUTOESCAPE context="HTML"}}<script src="/static/js/admin-documents.js" defer></script>
<h1>{{HEADING}}</h1>
<p><a href="{{LIST_URL}}">← Danh sách văn bản</a>{{#EDITING}} · <a href="{{PUBLIC_URL}}">Xem trên trang công khai</a>{{/EDITING}}</p>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<form method="post" action="{{ACTION}}" enctype="multipart/form-data" class="form" id="document-form" data-check-url="{{CHECK_URL}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field-row">
    <p class="field"><label for="loai">Loại văn bản</label><select id="loai" name="loai" required><option value="">— Chọn loại —</option>{{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE}}</select>{{#HAS_ERROR_loai}}<span class="field-error">{{ERROR_loai}}</span>{{/HAS_ERROR_loai}}</p>
    <p class="field"><label for="co_quan">Cơ quan ban hành</label><select id="co_quan" name="co_quan" required><option value="">— Chọn cơ quan —</option>{{#ISSUER}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ISSUER}}</select>{{#HAS_ERROR_co_quan}}<span class="field-error">{{ERROR_co_quan}}</span>{{/HAS_ERROR_co_quan}}</p>
  </div>
  <div class="field-row">
    <p class="field"><label for="so_ky_hieu">Số, ký hiệu</label><input id="so_ky_hieu" name="so_ky_hieu" type="text" value="{{NUMBER}}" maxlength="100" required placeholder="34/QĐ-PGDĐT" autocomplete="off" aria-describedby="so_ky_hieu-goi-y so_ky_hieu-kiem-tra">
      <span class="hint" id="so_ky_hieu-goi-y">Ghi đúng như trên văn bản theo Nghị định 30/2020: 34/QĐ-PGDĐT, 37/2020/TT-BGDĐT, 405/SGDĐT-TCHC.</span>
      <span class="number-check" id="so_ky_hieu-kiem-tra" aria-live="polite">{{#HAS_ERROR_so_ky_hieu}}<span class="field-error">{{ERROR_so_ky_hieu}}</span>{{/HAS_ERROR_so_ky_hieu}}</span></p>
    <p class="field"><label for="ngay_ban_hanh">Ngày ban hành</label><input id="ngay_ban_hanh" name="ngay_ban_hanh" type="date" value="{{ISSUED}}" required>{{#HAS_ERROR_ngay_ban_hanh}}<span class="field-error">{{ERROR_ngay_ban_hanh}}</span>{{/HAS_ERROR_ngay_ban_hanh}}</p>
  </div>
  <p class="field"><label for="trich_yeu">Trích yếu</label><textarea id="trich_yeu" name="trich_yeu" rows="3" maxlength="1000" required>{{ABSTRACT}}</textarea>{{#HAS_ERROR_trich_yeu}}<span class="field-error">{{ERROR_trich_yeu}}</span>{{/HAS_ERROR_trich_yeu}}</p>
  <div class="field-row">
    <p class="field"><label for="nguoi_ky">Người ký</label><input id="nguoi_ky" name="nguoi_ky" type="text" value="{{SIGNER}}" maxlength="255">{{#HAS_ERROR_nguoi_ky}}<span class="field-error">{{ERROR_nguoi_ky}}</span>{{/HAS_ERROR_nguoi_ky}}</p>
    <p class="field"><label for="chuc_vu">Chức vụ người ký</label><input id="chuc_vu" name="chuc_vu" type="text" value="{{POSITION}}" maxlength="255">{{#HAS_ERROR_chuc_vu}}<span class="field-error">{{ERROR_chuc_vu}}</span>{{/HAS_ERROR_chuc_vu}}</p>
    <p class="field"><label for="linh_vuc">Lĩnh vực</label><select id="linh_vuc" name="linh_vuc"><option value="">— Không chọn —</option>{{#FIELD}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD}}</select></p>
  </div>
  <div class="field-row">
    <p class="field"><label for="ngay_hieu_luc">Ngày hiệu lực</label><input id="ngay_hieu_luc" name="ngay_hieu_luc" type="date" value="{{EFFECTIVE}}">{{#HAS_ERROR_ngay_hieu_luc}}<span class="field-error">{{ERROR_ngay_hieu_luc}}</span>{{/HAS_ERROR_ngay_hieu_luc}}</p>
    <p class="field"><label for="ngay_het_hieu_luc">Ngày hết hiệu lực</label><input id="ngay_het_hieu_luc" name="ngay_het_hieu_luc" type="date" value="{{EXPIRES}}">{{#HAS_ERROR_ngay_het_hieu_luc}}<span class="field-error">{{ERROR_ngay_het_hieu_luc}}</span>{{/HAS_ERROR_ngay_het_hieu_luc}}</p>
    <p class="field"><label for="hieu_luc">Tình trạng hiệu lực</label><select id="hieu_luc" name="hieu_luc"><option value="con-hieu-luc"{{#V_IN_FORCE}} selected{{/V_IN_FORCE}}>Còn hiệu lực</option><option value="het-hieu-luc"{{#V_EXPIRED}} selected{{/V_EXPIRED}}>Hết hiệu lực</option><option value="bi-thay-the"{{#V_REPLACED}} selected{{/V_REPLACED}}>Bị thay thế</option></select></p>
    <p class="field"><label for="thay_the_boi">Bị thay thế bởi (số, ký hiệu)</label><input id="thay_the_boi" name="thay_the_boi" type="text" value="{{REPLACED_BY}}" maxlength="100">{{#HAS_ERROR_thay_the_boi}}<span class="field-error">{{ERROR_thay_the_boi}}</span>{{/HAS_ERROR_thay_the_boi}}</p>
  </div>
  <p class="field"><label for="lien_quan">Văn bản liên quan (số, ký hiệu; mỗi văn bản một dòng)</label><textarea id="lien_quan" name="lien_quan" rows="2" maxlength="3000">{{RELATED}}</textarea>{{#HAS_ERROR_lien_quan}}<span class="field-error">{{ERROR_lien_quan}}</span>{{/HAS_ERROR_lien_quan}}</p>
  <fieldset class="fieldset"><legend>Nguồn văn bản</legend>
    <label class="inline"><input type="radio" name="nguon" value="di"{{#D_OUT}} checked{{/D_OUT}}> Do đơn vị ban hành</label>
    <label class="inline"><input type="radio" name="nguon" value="den"{{#D_IN}} checked{{/D_IN}}> Văn bản đến (Bộ, Sở, UBND…)</label>
  </fieldset>
  <fieldset class="fieldset"><legend>Phạm vi</legend>
    <label class="inline"><input type="radio" name="pham_vi" value="cong-khai"{{#P_PUBLIC}} checked{{/P_PUBLIC}}> Công khai</label>
    <label class="inline"><input type="radio" name="pham_vi" value="noi-bo"{{#P_INTERNAL}} checked{{/P_INTERNAL}}> Nội bộ (chỉ cán bộ đơn vị)</label>
  </fieldset>
  <p class="field"><label for="noi_dung">Nội dung (không bắt buộc)</label><textarea id="noi_dung" name="noi_dung" rows="4" maxlength="20000">{{BODY}}</textarea></p>
  {{#HAS_FILES}}<h2>Tệp đã đính kèm</h2><ul>{{#FILE}}<li><a href="{{URL}}">{{NAME}}</a> ({{SIZE}}, {{DOWNLOADS}} lượt tải)</li>{{/FILE}}</ul>{{/HAS_FILES}}
  <p class="field"><label for="tep">Tệp đính kèm (PDF, DOC, DOCX, XLS, XLSX; tối đa 10 tệp)</label><input id="tep" name="tep" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx">{{#HAS_ERROR_tep}}<span class="field-error">{{ERROR_tep}}</span>{{/HAS_ERROR_tep}}</p>
  <div class="actions"><button type="submit" class="button">Lưu văn bản</button></div>
</form>
