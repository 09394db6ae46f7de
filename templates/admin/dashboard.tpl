{{%AUTOESCAPE context="HTML"}}<h1>Bảng điều khiển</h1>
<p>Xin chào {{USER_NAME}}.</p>
{{#NO_ROLE_HERE}}<p class="alert">Bạn chưa được giao vai trò nào trên trang này. Hãy chọn trang bạn phụ trách bên dưới.</p>{{/NO_ROLE_HERE}}
{{#DISPATCH_IN}}<section class="panel">
  <h2>Công văn đến</h2>
  <ul class="counts"><li><a href="{{UNREAD_URL}}"><span class="count-n">{{UNREAD}}</span> chưa xem</a></li><li><a href="{{URL}}"><span class="count-n">{{OVERDUE}}</span> quá hạn trả lời</a></li></ul>
  <p class="hint">Kiểm tra công văn lúc 8:00, 14:00 và 16:30 (Quy chế, Điều 8). Lần tiếp theo: {{NEXT_CHECK}}.</p>
</section>{{/DISPATCH_IN}}
{{#DISPATCH_OUT}}<section class="panel">
  <h2>Công văn đi</h2>
  <ul class="counts"><li><a href="{{OVERDUE_URL}}"><span class="count-n">{{OVERDUE}}</span> lượt quá hạn của {{OVERDUE_SITES}} đơn vị</a></li></ul>
  <p><a class="button" href="{{NEW_URL}}">Soạn công văn mới</a> <a class="button secondary" href="{{URL}}">Công văn đã gửi</a></p>
</section>{{/DISPATCH_OUT}}
{{#CAN_WRITE}}<p><a class="button" href="{{ADMIN}}/bai-viet/moi">Viết bài mới</a></p>{{/CAN_WRITE}}
<section class="panel">
  <h2>Bài viết của trang</h2>
  <ul class="counts">
    {{#COUNT}}<li><a href="{{URL}}"><span class="count-n">{{N}}</span> {{LABEL}}</a></li>{{/COUNT}}
  </ul>
</section>
{{#FEEDBACK}}<section class="panel">
  <h2>Góp ý chờ xử lý</h2>
  <ul class="counts">
    <li><a href="{{ADMIN}}/gop-y"><span class="count-n">{{OPEN}}</span> đang xử lý</a></li>
    <li><a href="{{ADMIN}}/gop-y?loc=qua-han"><span class="count-n">{{OVERDUE}}</span> quá hạn</a></li>
  </ul>
</section>{{/FEEDBACK}}
<section class="panel">
  <h2>Trang bạn phụ trách</h2>
  <ul class="plain">
    {{#SITE_ROLE}}<li><a href="{{URL}}">{{SITE}}</a> <span class="tag">{{ROLE}}</span></li>{{/SITE_ROLE}}
  </ul>
</section>
