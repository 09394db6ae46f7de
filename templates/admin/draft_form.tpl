{{%AUTOESCAPE context="HTML"}}<h1>Đăng dự thảo lấy ý kiến</h1>
<p><a href="{{LIST_URL}}">← Danh sách dự thảo</a></p>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<form method="post" action="{{ACTION}}" enctype="multipart/form-data" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="tieu_de">Tên dự thảo</label><input id="tieu_de" name="tieu_de" type="text" value="{{TITLE}}" maxlength="500" required>{{#HAS_ERROR_tieu_de}}<span class="field-error">{{ERROR_tieu_de}}</span>{{/HAS_ERROR_tieu_de}}</p>
  <p class="field"><label for="tom_tat">Tóm tắt, mục đích lấy ý kiến</label><textarea id="tom_tat" name="tom_tat" rows="4" maxlength="5000" required>{{SUMMARY}}</textarea>{{#HAS_ERROR_tom_tat}}<span class="field-error">{{ERROR_tom_tat}}</span>{{/HAS_ERROR_tom_tat}}</p>
  <div class="field-row">
    <p class="field"><label for="linh_vuc">Lĩnh vực</label><select id="linh_vuc" name="linh_vuc"><option value="">— Không chọn —</option>{{#FIELD}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD}}</select></p>
    <p class="field"><label for="don_vi_soan_thao">Đơn vị soạn thảo</label><input id="don_vi_soan_thao" name="don_vi_soan_thao" type="text" value="{{UNIT}}" maxlength="255"></p>
    <p class="field"><label for="han_gop_y">Hạn góp ý (giờ Việt Nam)</label><input id="han_gop_y" name="han_gop_y" type="datetime-local" value="{{CLOSES}}" required>{{#HAS_ERROR_han_gop_y}}<span class="field-error">{{ERROR_han_gop_y}}</span>{{/HAS_ERROR_han_gop_y}}</p>
  </div>
  <p class="field"><label for="tep">Toàn văn dự thảo (PDF, DOC, DOCX, XLS, XLSX)</label><input id="tep" name="tep" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx">{{#HAS_ERROR_tep}}<span class="field-error">{{ERROR_tep}}</span>{{/HAS_ERROR_tep}}</p>
  <div class="actions"><button type="submit" class="button">Đăng dự thảo</button></div>
</form>
