{{%AUTOESCAPE context="HTML"}}<h1>{{FULL_NAME}}</h1>
<p><a href="{{ADMIN}}/tai-khoan">← Danh sách tài khoản</a></p>
{{#HAS_DONE}}<p class="notice" role="status">{{DONE}}</p>{{/HAS_DONE}}
{{#HAS_MESSAGE}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_MESSAGE}}
<dl class="meta">
  <dt>Tên đăng nhập</dt><dd>{{USERNAME}}</dd>
  <dt>Thư điện tử</dt><dd>{{EMAIL}}</dd>
  <dt>Tạo lúc</dt><dd>{{CREATED}}</dd>
  <dt>Trạng thái</dt><dd>{{STATE}}{{#MUST_CHANGE}} · chưa đổi mật khẩu dùng một lần{{/MUST_CHANGE}}</dd>
  <dt>Quyền đăng bài</dt><dd>{{POSTING}}</dd>
  <dt>Xác thực hai lớp</dt><dd>{{TOTP}}</dd>
</dl>
<section class="panel" aria-labelledby="vai-tro-hien-co"><h2 id="vai-tro-hien-co">Vai trò theo đơn vị</h2>
{{#NO_ROLES}}<p class="empty">Chưa có vai trò nào.</p>{{/NO_ROLES}}
<ul>{{#SITE_ROLES}}<li><strong>{{SITE}}</strong>: {{ROLES}}</li>{{/SITE_ROLES}}</ul>
</section>
{{#IS_READ_ONLY}}<p class="hint">{{READ_ONLY}}</p>{{/IS_READ_ONLY}}
{{#CAN_MANAGE}}
{{#PICK_SITE}}<form method="get" action="{{URL}}" class="form">
  <p class="field"><label for="don-vi">Xem và sửa vai trò trên đơn vị</label><select id="don-vi" name="don-vi">{{#SITE_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SITE_OPTION}}</select></p>
  <p><button type="submit" class="button secondary">Chọn đơn vị</button></p>
</form>{{/PICK_SITE}}
<section class="panel" aria-labelledby="sua-vai-tro"><h2 id="sua-vai-tro">Vai trò trên {{ROLE_SITE}}</h2>
<form method="post" action="{{URL}}" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="vai-tro"><input type="hidden" name="don_vi" value="{{ROLE_SITE_ID}}">
  <fieldset class="fieldset choices"><legend>Vai trò trên {{ROLE_SITE}}</legend>
  {{#ROLE}}<p><label><input type="checkbox" name="vai_tro" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> {{NAME}}</label></p>{{/ROLE}}
  </fieldset>
  <p><button type="submit" class="button">Lưu vai trò</button></p>
</form></section>
{{#DELEGATIONS}}<section class="panel" aria-labelledby="giao-duyet"><h2 id="giao-duyet">Chuyên mục giao duyệt</h2>
<p class="hint">Ủy viên ban biên tập chỉ duyệt bài của các chuyên mục được giao.</p>
<form method="post" action="{{URL}}" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="uy-quyen">
  <fieldset class="fieldset choices"><legend>Chuyên mục của {{SITE_SHORT_NAME}}</legend>
  {{#CATEGORY}}<p><label><input type="checkbox" name="chuyen_muc" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}> {{NAME}}</label></p>{{/CATEGORY}}
  </fieldset>
  <p><button type="submit" class="button">Lưu chuyên mục giao duyệt</button></p>
</form></section>{{/DELEGATIONS}}
<section class="panel" aria-labelledby="thao-tac"><h2 id="thao-tac">Thao tác</h2>
<div class="actions">
  {{#IS_ACTIVE}}<form method="post" action="{{URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="khoa"><button type="submit" class="button secondary">Khóa tài khoản</button></form>{{/IS_ACTIVE}}
  {{#IS_LOCKED}}<form method="post" action="{{URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="mo-khoa"><button type="submit" class="button secondary">Mở khóa tài khoản</button></form>{{/IS_LOCKED}}
  {{#MAY_POST}}<form method="post" action="{{URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="thu-hoi"><button type="submit" class="button secondary">Thu hồi quyền đăng bài</button></form>{{/MAY_POST}}
  {{#IS_REVOKED}}<form method="post" action="{{URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="khoi-phuc"><button type="submit" class="button secondary">Khôi phục quyền đăng bài</button></form>{{/IS_REVOKED}}
  <form method="post" action="{{URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="dat-lai-mat-khau"><button type="submit" class="button secondary">Đặt lại mật khẩu</button></form>
  <form method="post" action="{{URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="thao_tac" value="dang-xuat-tat-ca"><button type="submit" class="button secondary">Đăng xuất khỏi mọi thiết bị</button></form>
</div></section>
{{/CAN_MANAGE}}
