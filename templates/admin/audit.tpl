{{%AUTOESCAPE context="HTML"}}<h1>Nhật ký hệ thống</h1>
<p class="hint">Nhật ký của {{SITE_NAME_SHOWN}}: mọi lần đăng nhập và mọi thay đổi, ai, lúc nào, từ địa chỉ nào, làm gì.</p>
{{#HAS_MESSAGE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_MESSAGE}}
<form method="get" class="form filter-form">
  <div class="field-row">
    <p class="field"><label for="thao-tac">Thao tác bắt đầu bằng</label><input id="thao-tac" name="thao-tac" type="text" value="{{FILTER_ACTION}}" placeholder="signin, article…"></p>
    <p class="field"><label for="nguoi-dung">Tên đăng nhập</label><input id="nguoi-dung" name="nguoi-dung" type="text" value="{{FILTER_USER}}"></p>
  </div>
  <div class="field-row">
    <p class="field"><label for="tu-ngay">Từ ngày</label><input id="tu-ngay" name="tu-ngay" type="date" value="{{FILTER_FROM}}"></p>
    <p class="field"><label for="den-ngay">Đến ngày</label><input id="den-ngay" name="den-ngay" type="date" value="{{FILTER_TO}}"></p>
    {{#PICK_SITE}}<p class="field"><label for="don-vi">Đơn vị</label><select id="don-vi" name="don-vi">{{#SITE_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SITE_OPTION}}</select></p>{{/PICK_SITE}}
  </div>
  <p><button type="submit" class="button">Lọc</button></p>
</form>
{{#EMPTY}}<p class="empty">Không có mục nào phù hợp.</p>{{/EMPTY}}
<div class="table-scroll" tabindex="0" role="region" aria-label="Nhật ký">
<table class="table">
  <thead><tr><th scope="col">Thời điểm</th><th scope="col">Người dùng</th><th scope="col">Địa chỉ</th><th scope="col">Đơn vị</th><th scope="col">Thao tác</th><th scope="col">Đối tượng</th><th scope="col">Chi tiết</th></tr></thead>
  <tbody>
    {{#ENTRY}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ADDRESS}}</td><td>{{SITE}}</td><td>{{ACTION}}</td><td>{{OBJECT}}</td><td>{{DETAIL}}</td></tr>{{/ENTRY}}
  </tbody>
</table>
</div>
{{#MORE}}<p><a class="button secondary" href="{{MORE_URL}}">Cũ hơn</a></p>{{/MORE}}
