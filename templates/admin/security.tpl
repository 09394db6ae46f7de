{{%AUTOESCAPE context="HTML"}}<h1>Bảo mật tài khoản</h1>
{{#HAS_MESSAGE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#HAS_RECOVERY}}<section class="panel"><h2>Mã dự phòng</h2><p>Mỗi mã dùng được một lần khi không có điện thoại. Mã chỉ hiện một lần này.</p>
  <ul class="recovery-codes">{{#RECOVERY}}<li><code>{{CODE}}</code></li>{{/RECOVERY}}</ul></section>{{/HAS_RECOVERY}}
{{#ENABLED}}<section class="panel"><h2>Xác thực hai lớp đang bật</h2><p>Còn {{RECOVERY_LEFT}} mã dự phòng chưa dùng.</p></section>{{/ENABLED}}
{{#SETUP}}<section class="panel">
  <h2>Bật xác thực hai lớp</h2>
  <ol>
    <li>Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, FreeOTP…) và quét mã QR.</li>
    <li>Nhập mã 6 chữ số ứng dụng hiện ra để xác nhận.</li>
  </ol>
  <div class="qr">{{QR:none}}</div>
  <p class="muted">Không quét được? Nhập khóa: <code>{{SECRET}}</code></p>
  <form method="post" action="{{ADMIN}}/bao-mat" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <p class="field"><label for="ma">Mã xác thực</label><input id="ma" name="ma" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="16"></p>
    <p><button type="submit" class="button">Bật xác thực hai lớp</button></p>
  </form>
</section>{{/SETUP}}
