{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p><a href="{{BACK_URL}}">Cơ cấu tổ chức và danh bạ</a></p>
{{#HAS_MESSAGE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_MESSAGE}}
{{#HAS_INVALID}}<p class="alert" role="alert">Vui lòng kiểm tra lại các ô được đánh dấu.</p>{{/HAS_INVALID}}
<form method="post" action="{{ACTION}}" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="ten">Tên đơn vị, bộ phận</label><input id="ten" name="ten" type="text" value="{{F_NAME}}" maxlength="255"{{#HAS_ERROR_ten}} aria-invalid="true" aria-describedby="loi-ten"{{/HAS_ERROR_ten}} required>{{#HAS_ERROR_ten}}<span class="field-error" id="loi-ten">{{ERROR_ten}}</span>{{/HAS_ERROR_ten}}</p>
  <div class="field-row">
    <p class="field"><label for="cap_tren">Thuộc</label><select id="cap_tren" name="cap_tren"{{#HAS_ERROR_cap_tren}} aria-invalid="true" aria-describedby="loi-cap_tren"{{/HAS_ERROR_cap_tren}}><option value="">(cấp cao nhất)</option>{{#PARENT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARENT}}</select>{{#HAS_ERROR_cap_tren}}<span class="field-error" id="loi-cap_tren">{{ERROR_cap_tren}}</span>{{/HAS_ERROR_cap_tren}}</p>
    <p class="field"><label for="thu_tu">Thứ tự</label><input id="thu_tu" name="thu_tu" type="number" min="0" max="100000" value="{{F_ORDER}}"{{#HAS_ERROR_thu_tu}} aria-invalid="true" aria-describedby="loi-thu_tu"{{/HAS_ERROR_thu_tu}}>{{#HAS_ERROR_thu_tu}}<span class="field-error" id="loi-thu_tu">{{ERROR_thu_tu}}</span>{{/HAS_ERROR_thu_tu}}</p>
  </div>
  <p class="field"><label for="nhiem_vu">Chức năng, nhiệm vụ</label><textarea id="nhiem_vu" name="nhiem_vu" rows="4" maxlength="5000">{{F_DUTIES}}</textarea>{{#HAS_ERROR_nhiem_vu}}<span class="field-error">{{ERROR_nhiem_vu}}</span>{{/HAS_ERROR_nhiem_vu}}</p>
  <div class="actions"><button type="submit" class="button">Lưu</button></div>
</form>
{{#CAN_DELETE}}<form method="post" action="{{DELETE_URL}}" class="form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button danger">Xóa đơn vị này</button></form>{{/CAN_DELETE}}
