{{%AUTOESCAPE context="HTML"}}<h1>Nhật ký hệ thống</h1>
<form method="get" class="form filter-form">
  <p class="field"><label for="thao-tac">Thao tác bắt đầu bằng</label><input id="thao-tac" name="thao-tac" type="text" value="{{FILTER_ACTION}}" placeholder="signin, article…"></p>
  <p class="field"><label for="nguoi-dung">Tên đăng nhập</label><input id="nguoi-dung" name="nguoi-dung" type="text" value="{{FILTER_USER}}"></p>
  <p><button type="submit" class="button">Lọc</button></p>
</form>
<div class="table-scroll" tabindex="0" role="region" aria-label="Nhật ký">
<table class="table">
  <thead><tr><th scope="col">Thời điểm</th><th scope="col">Người dùng</th><th scope="col">Địa chỉ</th><th scope="col">Thao tác</th><th scope="col">Đối tượng</th><th scope="col">Chi tiết</th></tr></thead>
  <tbody>
    {{#ENTRY}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ADDRESS}}</td><td>{{ACTION}}</td><td>{{OBJECT}}</td><td>{{DETAIL}}</td></tr>{{/ENTRY}}
  </tbody>
</table>
</div>
{{#MORE}}<p><a class="button secondary" href="{{MORE_URL}}">Cũ hơn</a></p>{{/MORE}}
