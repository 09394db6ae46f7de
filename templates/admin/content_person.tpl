{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p><a href="{{BACK_URL}}">Cơ cấu tổ chức và danh bạ</a></p>
{{#HAS_MESSAGE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_MESSAGE}}
{{#HAS_INVALID}}<p class="alert" role="alert">Vui lòng kiểm tra lại các ô được đánh dấu.</p>{{/HAS_INVALID}}
<form method="post" action="{{ACTION}}" class="form" enctype="multipart/form-data">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="ho_ten">Họ và tên</label><input id="ho_ten" name="ho_ten" type="text" value="{{F_NAME}}" maxlength="255"{{#HAS_ERROR_ho_ten}} aria-invalid="true" aria-describedby="loi-ho_ten"{{/HAS_ERROR_ho_ten}} required>{{#HAS_ERROR_ho_ten}}<span class="field-error" id="loi-ho_ten">{{ERROR_ho_ten}}</span>{{/HAS_ERROR_ho_ten}}</p>
  <div class="field-row">
    <p class="field"><label for="chuc_vu">Chức vụ</label><input id="chuc_vu" name="chuc_vu" type="text" value="{{F_POSITION}}" maxlength="255">{{#HAS_ERROR_chuc_vu}}<span class="field-error">{{ERROR_chuc_vu}}</span>{{/HAS_ERROR_chuc_vu}}</p>
    <p class="field"><label for="thu_tu">Thứ tự (10 lãnh đạo, 20 phó…)</label><input id="thu_tu" name="thu_tu" type="number" min="0" max="10000" value="{{F_RANK}}"{{#HAS_ERROR_thu_tu}} aria-invalid="true" aria-describedby="loi-thu_tu"{{/HAS_ERROR_thu_tu}}>{{#HAS_ERROR_thu_tu}}<span class="field-error" id="loi-thu_tu">{{ERROR_thu_tu}}</span>{{/HAS_ERROR_thu_tu}}</p>
  </div>
  <div class="field-row">
    <p class="field"><label for="don_vi">Đơn vị, bộ phận trong sơ đồ</label><select id="don_vi" name="don_vi"{{#HAS_ERROR_don_vi}} aria-invalid="true" aria-describedby="loi-don_vi"{{/HAS_ERROR_don_vi}}><option value="">(không thuộc)</option>{{#UNIT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT}}</select>{{#HAS_ERROR_don_vi}}<span class="field-error" id="loi-don_vi">{{ERROR_don_vi}}</span>{{/HAS_ERROR_don_vi}}</p>
    <p class="field"><label for="bo_phan">Bộ phận (ghi trong danh bạ)</label><input id="bo_phan" name="bo_phan" type="text" value="{{F_DEPARTMENT}}" maxlength="255"></p>
  </div>
  <div class="field-row">
    <p class="field"><label for="dien_thoai">Điện thoại</label><input id="dien_thoai" name="dien_thoai" type="tel" value="{{F_PHONE}}" maxlength="64"{{#HAS_ERROR_dien_thoai}} aria-invalid="true" aria-describedby="loi-dien_thoai"{{/HAS_ERROR_dien_thoai}}>{{#HAS_ERROR_dien_thoai}}<span class="field-error" id="loi-dien_thoai">{{ERROR_dien_thoai}}</span>{{/HAS_ERROR_dien_thoai}}</p>
    <p class="field"><label for="email">Thư điện tử</label><input id="email" name="email" type="email" value="{{F_EMAIL}}" maxlength="255"{{#HAS_ERROR_email}} aria-invalid="true" aria-describedby="loi-email"{{/HAS_ERROR_email}}>{{#HAS_ERROR_email}}<span class="field-error" id="loi-email">{{ERROR_email}}</span>{{/HAS_ERROR_email}}</p>
  </div>
  <p class="field"><label for="nhiem_vu">Nhiệm vụ được phân công</label><textarea id="nhiem_vu" name="nhiem_vu" rows="4" maxlength="5000">{{F_DUTIES}}</textarea>{{#HAS_ERROR_nhiem_vu}}<span class="field-error">{{ERROR_nhiem_vu}}</span>{{/HAS_ERROR_nhiem_vu}}</p>
  <p><label class="inline"><input type="checkbox" name="lanh_dao" value="1"{{#LEADER}} checked{{/LEADER}}> Thuộc ban lãnh đạo (hiện ở trang Ban lãnh đạo)</label></p>
  {{#PHOTO}}<p><img src="{{PHOTO_URL}}" alt="Ảnh hiện tại" width="120" class="staff-photo"> <label class="inline"><input type="checkbox" name="xoa_anh" value="1"> Bỏ ảnh hiện tại</label></p>{{/PHOTO}}
  <p class="field"><label for="anh">Ảnh chân dung (JPEG, PNG hoặc WebP, tối đa 5 MB)</label><input id="anh" name="anh" type="file" accept="image/jpeg,image/png,image/webp"{{#HAS_ERROR_anh}} aria-invalid="true" aria-describedby="loi-anh"{{/HAS_ERROR_anh}}>{{#HAS_ERROR_anh}}<span class="field-error" id="loi-anh">{{ERROR_anh}}</span>{{/HAS_ERROR_anh}}</p>
  <div class="actions"><button type="submit" class="button">Lưu</button></div>
</form>
{{#CAN_DELETE}}<form method="post" action="{{DELETE_URL}}" class="form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button danger">Xóa khỏi danh bạ</button></form>{{/CAN_DELETE}}
