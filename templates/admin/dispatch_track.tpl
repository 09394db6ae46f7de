{{%AUTOESCAPE context="HTML"}}<h1>{{KIND_LABEL}} {{NUMBER}}</h1>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
{{#WITHDRAWN}}<p class="alert">Công văn này đã bị thu hồi.</p>{{/WITHDRAWN}}
<section class="panel" aria-labelledby="trich-yeu">
  <h2 id="trich-yeu">{{SUBJECT}}</h2>
  <dl class="meta">
    <dt>Độ khẩn</dt><dd><span class="status priority-{{PRIORITY}}">{{PRIORITY_LABEL}}</span></dd>
    <dt>Gửi lúc</dt><dd>{{SENT_AT}} · {{SENDER}}</dd>
    <dt>Hạn trả lời</dt><dd>{{DEADLINE_TEXT}}</dd>
    <dt>Nơi nhận</dt><dd>{{RECIPIENTS_LABEL}}</dd>
    {{#HAS_DOCUMENT}}<dt>Văn bản liên kết</dt><dd>Mã số {{DOCUMENT_ID}} trong sổ văn bản</dd>{{/HAS_DOCUMENT}}
  </dl>
  <div class="body">{{BODY:none}}</div>
  {{#HAS_FILES}}<h3>Tệp đính kèm</h3><ul>{{#FILE}}<li><a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</li>{{/FILE}}</ul>{{/HAS_FILES}}
</section>
<p class="actions">{{#CAN_AMEND}}<a class="button secondary" href="{{CORRECT_URL}}">Gửi đính chính</a> <a class="button secondary" href="{{WITHDRAW_URL}}">Thu hồi</a> {{/CAN_AMEND}}<a class="button secondary" href="{{CSV_URL}}">Tải bảng theo dõi (CSV)</a> <a class="button secondary" href="{{PRINT_URL}}">Bản in</a></p>
{{#HAS_HISTORY}}<section class="panel"><h2>Lịch sử công văn</h2><ol class="events">{{#HISTORY}}<li>{{#CURRENT}}<strong>{{/CURRENT}}<a href="{{URL}}">{{KIND}} {{NUMBER}}</a> – {{SUBJECT}} · {{AT}}{{#CURRENT}} (đang xem)</strong>{{/CURRENT}}</li>{{/HISTORY}}</ol></section>{{/HAS_HISTORY}}
<section class="panel" aria-labelledby="theo-doi">
  <h2 id="theo-doi">Theo dõi tiếp nhận ({{TOTAL}} đơn vị)</h2>
  <ul class="receipt-counts">{{#COUNT}}<li class="receipt-{{STATE}}"><span class="count-n">{{N}}</span> {{LABEL}}</li>{{/COUNT}}</ul>
  {{#CAN_REMIND_UNOPENED}}<form method="post" action="{{REMIND_URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="doi_tuong" value="chua-xem"><button type="submit" class="button secondary">Nhắc {{UNOPENED}} đơn vị chưa xem</button></form>{{/CAN_REMIND_UNOPENED}}
  {{#CAN_REMIND_UNREPLIED}}<form method="post" action="{{REMIND_URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="doi_tuong" value="chua-tra-loi"><button type="submit" class="button secondary">Nhắc {{UNREPLIED}} đơn vị chưa trả lời</button></form>{{/CAN_REMIND_UNREPLIED}}
  <div class="table-scroll" tabindex="0" role="region" aria-label="Tình trạng tiếp nhận của từng đơn vị"><table class="table">
    <caption class="visually-hidden">Tình trạng tiếp nhận của từng đơn vị</caption>
    <thead><tr><th scope="col">Đơn vị</th><th scope="col">Trạng thái</th><th scope="col">Mở lần đầu</th><th scope="col">Mở gần nhất</th><th scope="col">Số lần mở</th><th scope="col">Trả lời</th><th scope="col">Nhắc gần nhất</th></tr></thead>
    <tbody>{{#RECIPIENT}}<tr class="receipt-row receipt-{{STATE}}"><th scope="row">{{SITE}}</th><td><span class="status receipt-{{STATE}}">{{STATE_LABEL}}</span></td><td>{{OPENED_FIRST}}<br><span class="muted">{{OPENED_BY}}</span></td><td>{{OPENED_LAST}}</td><td>{{OPEN_COUNT}}</td><td>{{REPLIED}} ({{REPLY_COUNT}})</td><td>{{REMINDED}}</td></tr>{{/RECIPIENT}}</tbody>
  </table></div>
</section>
{{#HAS_REPLIES}}<section class="panel"><h2>Trả lời của các đơn vị</h2>
  <ol class="events">{{#REPLY}}<li><strong>{{SITE}}</strong> · {{AUTHOR}} · <time>{{AT}}</time>{{#LATE}} <span class="status receipt-tra-loi-muon">Trả lời muộn</span>{{/LATE}}<p class="reply-text">{{TEXT}}</p>{{#REPLY_FILE}}<p><a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</p>{{/REPLY_FILE}}</li>{{/REPLY}}</ol>
</section>{{/HAS_REPLIES}}
