{{%AUTOESCAPE context="HTML"}}<h1>Tạo tài khoản</h1>
<p class="hint">Tài khoản được cấp một mật khẩu dùng một lần, hiện một lần duy nhất sau khi tạo; người dùng phải đổi mật khẩu ở lần đăng nhập đầu tiên.</p>
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#ERROR}}<p class="alert">{{ERROR_TEXT}}</p>{{/ERROR}}
<form method="post" action="{{ADMIN}}/tai-khoan/moi" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="field"><label for="ten_dang_nhap">Tên đăng nhập</label><input id="ten_dang_nhap" name="ten_dang_nhap" type="text" value="{{USERNAME}}" minlength="3" maxlength="64" autocomplete="off" autocapitalize="none" spellcheck="false" required aria-describedby="ten_dang_nhap_goi_y"><span class="hint" id="ten_dang_nhap_goi_y">Chữ không dấu, số, dấu “-”, “_” và “.”.</span></p>
  <p class="field"><label for="ho_ten">Họ và tên</label><input id="ho_ten" name="ho_ten" type="text" value="{{FULL_NAME}}" minlength="2" maxlength="255" required></p>
  <p class="field"><label for="email">Thư điện tử</label><input id="email" name="email" type="email" value="{{EMAIL}}" maxlength="255"></p>
  <fieldset class="fieldset choices">
    <legend>Vai trò trên trang {{SITE_SHORT_NAME}}</legend>
    {{#ROLE}}<p><label><input type="checkbox" name="vai_tro" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> {{NAME}}</label></p>{{/ROLE}}
  </fieldset>
  <p><button type="submit" class="button">Tạo tài khoản</button></p>
</form>
