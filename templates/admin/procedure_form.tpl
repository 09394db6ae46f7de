{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p><a href="{{LIST_URL}}">← Danh sách thủ tục</a>{{#EDITING}} · <a href="{{PUBLIC_URL}}">Xem trên trang công khai</a>{{/EDITING}}</p>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<form method="post" action="{{ACTION}}" enctype="multipart/form-data" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="ten">Tên thủ tục</label><input id="ten" name="ten" type="text" value="{{V_ten}}" maxlength="500" required>{{#HAS_ERROR_ten}}<span class="field-error">{{ERROR_ten}}</span>{{/HAS_ERROR_ten}}</p>
  <div class="field-row">
    <p class="field"><label for="ma">Mã thủ tục</label><input id="ma" name="ma" type="text" value="{{V_ma}}" maxlength="32"></p>
    <p class="field"><label for="linh_vuc">Lĩnh vực</label><select id="linh_vuc" name="linh_vuc"><option value="">— Không chọn —</option>{{#FIELD}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD}}</select></p>
    <p class="field"><label for="cap">Cấp thực hiện</label><select id="cap" name="cap">{{#LEVEL}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL}}</select></p>
  </div>
  <p class="field"><label for="co_quan">Cơ quan thực hiện</label><input id="co_quan" name="co_quan" type="text" value="{{V_co_quan}}" maxlength="255"></p>
  <p class="field"><label for="doi_tuong">Đối tượng thực hiện</label><textarea id="doi_tuong" name="doi_tuong" rows="2">{{V_doi_tuong}}</textarea></p>
  <p class="field"><label for="trinh_tu">Trình tự thực hiện (mỗi bước một dòng)</label><textarea id="trinh_tu" name="trinh_tu" rows="6" required>{{V_trinh_tu}}</textarea>{{#HAS_ERROR_trinh_tu}}<span class="field-error">{{ERROR_trinh_tu}}</span>{{/HAS_ERROR_trinh_tu}}</p>
  <p class="field"><label for="cach_thuc">Cách thức thực hiện</label><textarea id="cach_thuc" name="cach_thuc" rows="2">{{V_cach_thuc}}</textarea></p>
  <p class="field"><label for="ho_so">Thành phần hồ sơ (mỗi giấy tờ một dòng)</label><textarea id="ho_so" name="ho_so" rows="5" required>{{V_ho_so}}</textarea>{{#HAS_ERROR_ho_so}}<span class="field-error">{{ERROR_ho_so}}</span>{{/HAS_ERROR_ho_so}}</p>
  <div class="field-row">
    <p class="field"><label for="thoi_han">Thời hạn giải quyết</label><input id="thoi_han" name="thoi_han" type="text" value="{{V_thoi_han}}" maxlength="500"></p>
    <p class="field"><label for="phi">Phí, lệ phí</label><input id="phi" name="phi" type="text" value="{{V_phi}}" maxlength="500"></p>
    <p class="field"><label for="ket_qua">Kết quả thực hiện</label><input id="ket_qua" name="ket_qua" type="text" value="{{V_ket_qua}}" maxlength="500"></p>
  </div>
  <p class="field"><label for="yeu_cau">Yêu cầu, điều kiện</label><textarea id="yeu_cau" name="yeu_cau" rows="2">{{V_yeu_cau}}</textarea></p>
  <div class="field-row">
    <p class="field"><label for="dich_vu_cong">Địa chỉ dịch vụ công trực tuyến</label><input id="dich_vu_cong" name="dich_vu_cong" type="url" value="{{V_dich_vu_cong}}" maxlength="500">{{#HAS_ERROR_dich_vu_cong}}<span class="field-error">{{ERROR_dich_vu_cong}}</span>{{/HAS_ERROR_dich_vu_cong}}</p>
    <p class="field"><label for="muc_do">Mức độ trực tuyến</label><select id="muc_do" name="muc_do">{{#ONLINE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ONLINE}}</select></p>
  </div>
  <p class="field"><label for="bieu_mau">Biểu mẫu (PDF, DOC, DOCX, XLS, XLSX)</label><input id="bieu_mau" name="bieu_mau" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx">{{#HAS_ERROR_bieu_mau}}<span class="field-error">{{ERROR_bieu_mau}}</span>{{/HAS_ERROR_bieu_mau}}</p>
  <p><label class="inline"><input type="checkbox" name="cong_khai" value="1"{{#PUBLISHED}} checked{{/PUBLISHED}}> Công khai trên trang</label></p>
  <div class="actions"><button type="submit" class="button">Lưu thủ tục</button></div>
</form>
