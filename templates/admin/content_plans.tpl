{{%AUTOESCAPE context="HTML"}}<h1>Kế hoạch, chương trình công tác</h1>
<p><a href="{{SCHEDULE_URL}}">Lịch công tác tuần</a></p>
<p><a class="button" href="{{NEW_URL}}">Thêm kế hoạch</a></p>
{{#EMPTY}}<p class="empty">Chưa có kế hoạch nào.</p>{{/EMPTY}}
{{#HAS_PLANS}}<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các kế hoạch</caption>
  <thead><tr><th scope="col">Tên</th><th scope="col">Loại</th><th scope="col">Số, ký hiệu</th><th scope="col">Kỳ</th><th scope="col">Trạng thái</th></tr></thead>
  <tbody>{{#PLAN}}<tr><td><a href="{{EDIT_URL}}">{{TITLE}}</a></td><td>{{KIND}}</td><td>{{NUMBER}}</td><td>{{PERIOD}}</td><td>{{STATE}}</td></tr>{{/PLAN}}</tbody>
</table></div>{{/HAS_PLANS}}
