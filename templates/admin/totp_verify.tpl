{{%AUTOESCAPE context="HTML"}}<section class="signin">
  <h1>Xác thực hai lớp</h1>
  <p>Nhập mã 6 chữ số trong ứng dụng xác thực trên điện thoại của bạn.</p>
  {{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
  <form method="post" action="{{ADMIN}}/xac-thuc" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <input type="hidden" name="tiep" value="{{NEXT}}">
    <p class="field"><label for="ma">Mã xác thực</label><input id="ma" name="ma" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="16"></p>
    <p><button type="submit" class="button">Xác nhận</button></p>
    <details><summary>Mất điện thoại? Dùng mã dự phòng</summary>
      <p class="field"><label for="ma_du_phong">Mã dự phòng</label><input id="ma_du_phong" name="ma_du_phong" type="text" autocomplete="off" maxlength="32"></p>
      <p><button type="submit" class="button secondary">Xác nhận mã dự phòng</button></p>
    </details>
  </form>
</section>
