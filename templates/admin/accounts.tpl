{{%AUTOESCAPE context="HTML"}}<h1>Tài khoản</h1>
<p class="actions"><a class="button" href="{{ADMIN}}/tai-khoan/moi">Tạo tài khoản</a></p>
<form method="get" action="{{ADMIN}}/tai-khoan" class="form filter-form">
  <div class="field-row">
    <p class="field"><label for="tim">Tìm theo tên</label><input id="tim" name="tim" type="search" value="{{SEARCH}}" maxlength="100"></p>
    <p class="field"><label for="vai-tro">Vai trò trên trang này</label><select id="vai-tro" name="vai-tro"><option value="">Mọi vai trò</option>{{#ROLE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ROLE_OPTION}}</select></p>
  </div>
  <p class="choices"><label><input type="checkbox" name="khoa" value="1"{{#LOCKED_ONLY}} checked{{/LOCKED_ONLY}}> Chỉ tài khoản đã khóa</label>
  {{#IS_ADMIN}}<label><input type="checkbox" name="tat-ca" value="1"{{#EVERYONE}} checked{{/EVERYONE}}> Mọi tài khoản của hệ thống</label>{{/IS_ADMIN}}</p>
  <p><button type="submit" class="button secondary">Lọc</button></p>
</form>
{{#EMPTY}}<p class="empty">Không có tài khoản nào phù hợp.</p>{{/EMPTY}}
<div class="table-scroll" tabindex="0" role="region" aria-label="Danh sách tài khoản">
<table class="table">
  <thead><tr><th scope="col">Họ và tên</th><th scope="col">Tên đăng nhập</th><th scope="col">Vai trò trên trang này</th><th scope="col">Tình trạng</th></tr></thead>
  <tbody>
    {{#ACCOUNT_ROW}}<tr><td><a href="{{URL}}">{{FULL_NAME}}</a></td><td>{{USERNAME}}</td><td>{{ROLES}}</td><td>{{#LOCKED}}<span class="tag">Đã khóa</span> {{/LOCKED}}{{#REVOKED}}<span class="tag">Thu hồi quyền đăng bài</span>{{/REVOKED}}</td></tr>{{/ACCOUNT_ROW}}
  </tbody>
</table>
</div>
{{#MORE}}<p><a class="button secondary" href="{{MORE_URL}}">Xem tiếp</a></p>{{/MORE}}
