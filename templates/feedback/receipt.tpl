{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb no-print" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/gop-y">Góp ý</a></li><li aria-current="page">Phiếu tiếp nhận</li></ol>
</nav>
<section class="receipt" aria-labelledby="phieu">
  <p class="receipt-site">{{SITE_NAME}}</p>
  <h1 id="phieu" class="page-title">Phiếu tiếp nhận góp ý</h1>
  <p role="status">Chúng tôi đã nhận góp ý của bạn. Hãy ghi lại hoặc in mã tra cứu dưới đây.</p>
  <dl class="receipt-data">
    <dt>Mã tra cứu</dt><dd><strong class="tracking-code">{{CODE}}</strong></dd>
    <dt>Tiêu đề</dt><dd>{{SUBJECT}}</dd>
    <dt>Thời điểm tiếp nhận</dt><dd>{{RECEIVED}}</dd>
    <dt>Hạn trả lời</dt><dd>{{DUE}} <span class="muted">({{SIMPLE_DAYS}} ngày làm việc; có thể là {{COMPLEX_DAYS}} ngày nếu nội dung phức tạp)</span></dd>
    {{#HAS_FILE}}<dt>Tệp đính kèm</dt><dd>Đã nhận</dd>{{/HAS_FILE}}
  </dl>
  <p>Tra cứu tình trạng và câu trả lời tại trang <a href="{{PREFIX}}/gop-y/tra-cuu">Tra cứu góp ý</a> bằng mã trên. Mã này chỉ bạn biết: không chia sẻ cho người khác.</p>
  <p class="no-print"><button type="button" class="button" data-print hidden>In phiếu</button> <a href="{{PREFIX}}/gop-y">Gửi góp ý khác</a></p>
</section>
<script src="/static/js/print.js" defer></script>
