{{%AUTOESCAPE context="HTML"}}{{#CREATED}}<h1>Đã tạo tài khoản</h1>{{/CREATED}}{{#RESET}}<h1>Đã đặt lại mật khẩu</h1>{{/RESET}}
<div class="notice" role="status">
  <p>Tài khoản <strong>{{USERNAME}}</strong> ({{FULL_NAME}}).</p>
  <p>Mật khẩu dùng một lần: <code class="one-time-password">{{PASSWORD}}</code></p>
  <p>Mật khẩu này chỉ hiện một lần. Hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu ở lần đăng nhập đầu tiên.{{#RESET}} Mọi phiên đăng nhập cũ của tài khoản đã kết thúc.{{/RESET}}</p>
</div>
<p><a class="button secondary" href="{{URL}}">Về trang tài khoản</a></p>
