{{%AUTOESCAPE context="HTML"}}<h1>Video</h1>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
<p><a class="button" href="{{NEW_URL}}">Thêm video</a></p>
{{#EMPTY}}<p class="empty">Chưa có video nào.</p>{{/EMPTY}}
{{#HAS_VIDEOS}}<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các video</caption>
  <thead><tr><th scope="col">Tên video</th><th scope="col">Nguồn</th><th scope="col">Trạng thái</th></tr></thead>
  <tbody>{{#VIDEO}}<tr><td><a href="{{EDIT_URL}}">{{TITLE}}</a></td><td>{{SOURCE}}</td><td>{{STATE}}</td></tr>{{/VIDEO}}</tbody>
</table></div>{{/HAS_VIDEOS}}
