{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Danh bạ</li></ol>
</nav>
<h1 class="page-title">Danh bạ {{SITE_NAME}}</h1>
<p class="page-lead">Xếp theo chức vụ, rồi theo tên.</p>
{{#EMPTY}}<p class="empty">Đơn vị chưa công bố danh bạ.</p>{{/EMPTY}}
<section class="table-scroll" tabindex="0" aria-label="Bảng danh bạ">
<table class="directory">
  <caption class="visually-hidden">Danh bạ cán bộ, công chức {{SITE_NAME}}</caption>
  <thead><tr><th scope="col">Họ và tên</th><th scope="col">Chức vụ</th><th scope="col">Bộ phận</th><th scope="col">Điện thoại</th><th scope="col">Thư điện tử</th></tr></thead>
  <tbody>
    {{#PERSON}}<tr><th scope="row">{{#HAS_PHOTO}}<img class="staff-photo" src="{{PHOTO_URL}}" alt="" width="64" height="64" loading="lazy" decoding="async"> {{/HAS_PHOTO}}{{NAME}}</th><td>{{POSITION}}</td><td>{{DEPARTMENT}}</td><td>{{#PHONE}}<a href="tel:{{TEL}}">{{PHONE}}</a>{{/PHONE}}</td><td>{{#EMAIL}}<a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/EMAIL}}</td></tr>{{/PERSON}}
  </tbody>
</table>
</section>
