{{%AUTOESCAPE context="HTML"}}<section class="error-page">
  <p class="error-code">{{STATUS}}</p>
  <h1>{{MESSAGE}}</h1>
  {{#NOT_FOUND}}<p>Địa chỉ có thể đã thay đổi hoặc trang đã được gỡ xuống. Bạn hãy kiểm tra lại đường dẫn, hoặc bắt đầu từ các mục dưới đây.</p>{{/NOT_FOUND}}
  <ul class="error-links">
    <li><a href="{{PREFIX}}/">Về trang chủ</a></li>
    <li><a href="{{PREFIX}}/tin-tuc">Xem tin tức mới nhất</a></li>
  </ul>
  {{#REQUEST_ID}}<p class="muted">Mã tra cứu: {{REQUEST_ID}}</p>{{/REQUEST_ID}}
</section>
