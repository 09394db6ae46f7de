{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/gop-y">Góp ý</a></li><li aria-current="page">Tra cứu</li></ol>
</nav>
<h1 class="page-title">Tra cứu góp ý</h1>
<form class="public-form" method="post" action="{{PREFIX}}/gop-y/tra-cuu">
  <div class="field">
    <label for="ma">Mã tra cứu</label>
    <p class="field-hint" id="ma-goi-y">10 ký tự in trên phiếu tiếp nhận, ví dụ ABCDE-FGHJK.</p>
    <input id="ma" name="ma" value="{{MA}}" maxlength="40" required autocomplete="off" autocapitalize="characters" aria-describedby="ma-goi-y">
  </div>
  <p><button type="submit" class="button">Tra cứu</button></p>
</form>
{{#HAS_MESSAGE}}<p class="form-message" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#FOUND}}<section class="track-result" aria-labelledby="ket-qua">
  <h2 id="ket-qua">Góp ý {{CODE}}</h2>
  <dl class="receipt-data">
    <dt>Tiêu đề</dt><dd>{{SUBJECT}}</dd>
    <dt>Tình trạng</dt><dd><span class="status status-{{STATUS}}">{{STATUS_LABEL}}</span></dd>
    <dt>Tiếp nhận</dt><dd>{{RECEIVED}}</dd>
    <dt>Hạn trả lời</dt><dd>{{DUE}}{{#COMPLEX}} (trường hợp phức tạp){{/COMPLEX}}</dd>
    {{#HAS_UNIT}}<dt>Đơn vị xử lý</dt><dd>{{UNIT}}</dd>{{/HAS_UNIT}}
  </dl>
  {{#HAS_ANSWER}}<h3>Trả lời ({{ANSWERED}})</h3>
  <div class="answer">{{ANSWER:none}}</div>
  {{#ANSWER_FILE}}<p><a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</p>{{/ANSWER_FILE}}{{/HAS_ANSWER}}
  {{#PUBLISHED}}<p>Câu hỏi và trả lời đã được công khai tại <a href="{{QA_URL}}">mục Hỏi đáp</a>.</p>{{/PUBLISHED}}
</section>{{/FOUND}}
