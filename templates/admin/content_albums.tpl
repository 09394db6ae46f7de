{{%AUTOESCAPE context="HTML"}}<h1>Album ảnh</h1>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
<p><a class="button" href="{{NEW_URL}}">Thêm album ảnh</a></p>
{{#EMPTY}}<p class="empty">Chưa có album nào.</p>{{/EMPTY}}
{{#HAS_ALBUMS}}<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các album ảnh</caption>
  <thead><tr><th scope="col">Tên album</th><th scope="col">Số ảnh</th><th scope="col">Trạng thái</th></tr></thead>
  <tbody>{{#ALBUM}}<tr><td><a href="{{EDIT_URL}}">{{TITLE}}</a></td><td>{{COUNT}}</td><td>{{STATE}}</td></tr>{{/ALBUM}}</tbody>
</table></div>{{/HAS_ALBUMS}}
