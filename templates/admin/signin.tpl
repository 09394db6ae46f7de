{{%AUTOESCAPE context="HTML"}}<section class="signin">
  <h1>Đăng nhập quản trị</h1>
  <p class="lead">Dành cho cán bộ biên tập, văn thư và đầu mối của các đơn vị.</p>
  {{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
  <form method="post" action="{{ADMIN}}/dang-nhap" class="form">
    <input type="hidden" name="_csrf" value="{{SIGNIN_TOKEN}}">
    <input type="hidden" name="tiep" value="{{NEXT}}">
    <p class="field"><label for="ten_dang_nhap">Tên đăng nhập</label>
      <input id="ten_dang_nhap" name="ten_dang_nhap" type="text" value="{{USERNAME}}" autocomplete="username" autocapitalize="none" spellcheck="false" required></p>
    <p class="field"><label for="mat_khau">Mật khẩu</label>
      <input id="mat_khau" name="mat_khau" type="password" autocomplete="current-password" required></p>
    <p><button type="submit" class="button">Đăng nhập</button></p>
  </form>
  <p class="muted"><a href="{{PREFIX}}/">← Về cổng thông tin</a></p>
</section>
