{{%AUTOESCAPE context="HTML"}}<h1>Lịch ngày nghỉ, ngày làm bù {{YEAR}}</h1>
<p class="hint">Thứ Bảy, Chủ nhật là ngày nghỉ. Bảng này ghi các ngày lễ, Tết, ngày nghỉ bù, ngày hoán đổi rơi vào ngày thường và các ngày thứ Bảy, Chủ nhật phải làm bù theo thông báo hằng năm. Hạn trả lời góp ý (5 hoặc 10 ngày làm việc) được tính theo lịch này.</p>
{{#HAS_ERROR}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_ERROR}}
{{#HAS_NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_NOTICE}}
<nav class="tabs" aria-label="Năm"><ul>{{#YEAR_TAB}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{Y}}</a></li>{{/YEAR_TAB}}</ul></nav>
{{#EMPTY}}<p class="empty">Chưa có ngày nào trong năm này.</p>{{/EMPTY}}
<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các ngày nghỉ và làm bù năm {{YEAR}}</caption>
  <thead><tr><th scope="col">Ngày</th><th scope="col">Loại</th><th scope="col">Tên</th>{{#CAN_EDIT}}<th scope="col">Thao tác</th>{{/CAN_EDIT}}</tr></thead>
  <tbody>{{#DAY}}<tr><td>{{DATE}}</td><td>{{KIND}}</td><td>{{NAME}}</td>{{#CAN_EDIT}}<td><form method="post" action="{{ADMIN}}/ngay-nghi"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="xoa"><input type="hidden" name="ngay" value="{{ISO}}"><button type="submit" class="button secondary">Xóa ngày {{DATE}}</button></form></td>{{/CAN_EDIT}}</tr>{{/DAY}}</tbody>
</table></div>
{{#CAN_EDIT}}<section class="panel" aria-labelledby="them-ngay"><h2 id="them-ngay">Thêm hoặc sửa một ngày</h2>
<form method="post" action="{{ADMIN}}/ngay-nghi" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="luu">
  <div class="field-row">
    <div class="field"><label for="ngay">Ngày</label><input type="date" id="ngay" name="ngay" value="{{NGAY}}" required></div>
    <div class="field"><label for="loai">Loại</label><select id="loai" name="loai"><option value="nghi">Nghỉ (ngày thường không làm việc)</option><option value="lam-bu"{{#LAM_BU}} selected{{/LAM_BU}}>Làm bù (thứ Bảy/Chủ nhật làm việc)</option></select></div>
  </div>
  <div class="field"><label for="ten">Tên ngày</label><input type="text" id="ten" name="ten" value="{{TEN}}" maxlength="200" required></div>
  <p><button type="submit" class="button">Lưu</button></p>
</form></section>{{/CAN_EDIT}}
