{{%AUTOESCAPE context="HTML"}}<h1>Cơ cấu tổ chức và danh bạ</h1>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
<section class="panel" aria-labelledby="co-cau">
  <h2 id="co-cau">Cơ cấu tổ chức</h2>
  <p class="hint">Hiện ở trang <a href="{{PUBLIC_CHART}}">Cơ cấu tổ chức</a> của cổng, theo thứ tự tăng dần trong mỗi cấp.</p>
  <p><a class="button secondary" href="{{NEW_UNIT_URL}}">Thêm đơn vị, bộ phận</a></p>
  {{#NO_UNITS}}<p class="empty">Chưa có đơn vị, bộ phận nào.</p>{{/NO_UNITS}}
  {{#HAS_UNITS}}<ul class="unit-tree">{{#UNIT}}<li class="depth-{{DEPTH}}"><a href="{{EDIT_URL}}">{{NAME}}</a> <span class="hint">(thứ tự {{ORDER}})</span></li>{{/UNIT}}</ul>{{/HAS_UNITS}}
</section>
<section class="panel" aria-labelledby="danh-ba">
  <h2 id="danh-ba">Danh bạ cán bộ</h2>
  <p class="hint">Hiện ở trang <a href="{{PUBLIC_DIRECTORY}}">Danh bạ</a> của cổng, xếp theo thứ tự chức vụ rồi theo tên.</p>
  <p><a class="button secondary" href="{{NEW_PERSON_URL}}">Thêm cán bộ</a></p>
  {{#NO_PEOPLE}}<p class="empty">Danh bạ chưa có ai.</p>{{/NO_PEOPLE}}
  {{#HAS_PEOPLE}}<div class="table-scroll"><table class="table">
    <caption class="visually-hidden">Danh bạ cán bộ</caption>
    <thead><tr><th scope="col">Ảnh</th><th scope="col">Họ và tên</th><th scope="col">Chức vụ</th><th scope="col">Thứ tự</th><th scope="col">Bộ phận</th><th scope="col">Điện thoại</th><th scope="col">Thư điện tử</th></tr></thead>
    <tbody>{{#PERSON}}<tr><td>{{#HAS_PHOTO}}<img src="{{PHOTO_URL}}" alt="" width="48" height="48" class="staff-thumb">{{/HAS_PHOTO}}</td><td><a href="{{EDIT_URL}}">{{NAME}}</a></td><td>{{POSITION}}</td><td>{{RANK}}</td><td>{{UNIT}}</td><td>{{PHONE}}</td><td>{{EMAIL}}</td></tr>{{/PERSON}}</tbody>
  </table></div>{{/HAS_PEOPLE}}
</section>
