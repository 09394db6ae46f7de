{{%AUTOESCAPE context="HTML"}}<h1>Gửi tài liệu cho thư viện</h1>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<form method="post" action="{{ACTION}}" enctype="multipart/form-data" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="loai">Loại tài liệu</label><select id="loai" name="loai">{{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}</select></p>
  <p class="field"><label for="tieu_de">Tên tài liệu</label><input id="tieu_de" name="tieu_de" type="text" value="{{TITLE}}" maxlength="500" required>{{#HAS_ERROR_tieu_de}}<span class="field-error">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  <p class="field"><label for="tom_tat">Tóm tắt</label><textarea id="tom_tat" name="tom_tat" rows="3" maxlength="2000">{{SUMMARY}}</textarea></p>
  <div class="field-row">
    <p class="field"><label for="mon">Môn học</label><input id="mon" name="mon" type="text" value="{{SUBJECT}}" maxlength="100" required>{{#HAS_ERROR_mon}}<span class="field-error">{{ERROR_mon}}</span>{{/HAS_ERROR_mon}}</p>
    <p class="field"><label for="lop">Khối lớp</label><input id="lop" name="lop" type="text" value="{{GRADE}}" maxlength="32" placeholder="Lớp 6" required>{{#HAS_ERROR_lop}}<span class="field-error">{{ERROR_lop}}</span>{{/HAS_ERROR_lop}}</p>
    <p class="field"><label for="tac_gia">Tác giả</label><input id="tac_gia" name="tac_gia" type="text" value="{{AUTHOR}}" maxlength="255" required>{{#HAS_ERROR_tac_gia}}<span class="field-error">{{ERROR_tac_gia}}</span>{{/HAS_ERROR_tac_gia}}</p>
    <p class="field"><label for="nam_hoc">Năm học</label><input id="nam_hoc" name="nam_hoc" type="text" value="{{YEAR}}" maxlength="9" placeholder="2025-2026" required>{{#HAS_ERROR_nam_hoc}}<span class="field-error">{{ERROR_nam_hoc}}</span>{{/HAS_ERROR_nam_hoc}}</p>
  </div>
  <fieldset class="fieldset"><legend>Phạm vi</legend>
    <label class="inline"><input type="radio" name="pham_vi" value="cong-khai"{{#PUBLIC}} checked{{/PUBLIC}}> Công khai trên thư viện</label>
    <label class="inline"><input type="radio" name="pham_vi" value="noi-bo"{{#INTERNAL}} checked{{/INTERNAL}}> Nội bộ (chỉ cán bộ đơn vị)</label>
  </fieldset>
  <p class="field"><label for="tep">Tệp tài liệu (PDF, Word, Excel; tối đa 5 tệp)</label><input id="tep" name="tep" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods" required></p>
  <div class="actions"><button type="submit" class="button">Gửi duyệt</button></div>
</form>
