{{%AUTOESCAPE context="HTML"}}<h1>Đổi mật khẩu</h1>
{{#MUST_CHANGE}}<p class="notice" role="status">Bạn đang dùng mật khẩu dùng một lần do quản trị viên cấp. Vui lòng đặt mật khẩu mới trước khi làm việc.</p>{{/MUST_CHANGE}}
{{#HAS_DONE}}<p class="notice" role="status">{{DONE}}</p>{{/HAS_DONE}}
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#ERROR}}<p class="alert">{{ERROR_TEXT}}</p>{{/ERROR}}
<form method="post" action="{{ADMIN}}/mat-khau" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="mat_khau_cu">Mật khẩu hiện tại</label><input id="mat_khau_cu" name="mat_khau_cu" type="password" autocomplete="current-password" required></p>
  <p class="field"><label for="mat_khau_moi">Mật khẩu mới (ít nhất 10 ký tự)</label><input id="mat_khau_moi" name="mat_khau_moi" type="password" autocomplete="new-password" minlength="10" required></p>
  <p class="field"><label for="nhap_lai">Nhập lại mật khẩu mới</label><input id="nhap_lai" name="nhap_lai" type="password" autocomplete="new-password" required></p>
  <p><button type="submit" class="button">Đổi mật khẩu</button></p>
</form>
<form method="post" action="{{ADMIN}}/dang-xuat-tat-ca" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p>Nếu nghi ngờ tài khoản bị lộ, hãy đăng xuất khỏi mọi thiết bị.</p>
  <p><button type="submit" class="button secondary">Đăng xuất khỏi tất cả thiết bị</button></p>
</form>
