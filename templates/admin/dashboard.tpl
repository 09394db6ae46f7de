{{%AUTOESCAPE context="HTML"}}<h1>Bảng điều khiển</h1>
<p>Xin chào {{USER_NAME}}.</p>
{{#NO_ROLE_HERE}}<p class="alert">Bạn chưa được giao vai trò nào trên trang này. Hãy chọn trang bạn phụ trách bên dưới.</p>{{/NO_ROLE_HERE}}
{{#CAN_WRITE}}<p><a class="button" href="{{ADMIN}}/bai-viet/moi">Viết bài mới</a></p>{{/CAN_WRITE}}
<section class="panel">
  <h2>Bài viết của trang</h2>
  <ul class="counts">
    {{#COUNT}}<li><a href="{{URL}}"><span class="count-n">{{N}}</span> {{LABEL}}</a></li>{{/COUNT}}
  </ul>
</section>
<section class="panel">
  <h2>Trang bạn phụ trách</h2>
  <ul class="plain">
    {{#SITE_ROLE}}<li><a href="{{URL}}">{{SITE}}</a> <span class="tag">{{ROLE}}</span></li>{{/SITE_ROLE}}
  </ul>
</section>
