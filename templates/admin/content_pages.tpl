{{%AUTOESCAPE context="HTML"}}<h1>Trang giới thiệu</h1>
<p class="hint">Các trang hiện ở mục Giới thiệu của cổng, theo thứ tự tăng dần. Trang có đường dẫn <code>ban-lanh-dao</code> tự liệt kê lãnh đạo từ danh bạ; trang <code>co-cau-to-chuc</code> tự vẽ sơ đồ tổ chức.</p>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
<p><a class="button" href="{{NEW_URL}}">Thêm trang giới thiệu</a></p>
{{#EMPTY}}<p class="empty">Chưa có trang giới thiệu nào.</p>{{/EMPTY}}
{{#HAS_PAGES}}<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các trang giới thiệu</caption>
  <thead><tr><th scope="col">Thứ tự</th><th scope="col">Tiêu đề</th><th scope="col">Đường dẫn</th><th scope="col">Cập nhật</th></tr></thead>
  <tbody>{{#PAGE}}<tr><td>{{ORDER}}</td><td><a href="{{EDIT_URL}}">{{TITLE}}</a></td><td><a href="{{PUBLIC_URL}}">/gioi-thieu/{{SLUG}}</a></td><td>{{UPDATED}}</td></tr>{{/PAGE}}</tbody>
</table></div>{{/HAS_PAGES}}
