{{%AUTOESCAPE context="HTML"}}<p><a href="{{INBOX_URL}}">← Công văn đến</a></p>
<h1>{{KIND_LABEL}} {{NUMBER}}</h1>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
{{#HAS_MESSAGE}}<p class="alert" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#WITHDRAWN}}<p class="alert">Công văn này đã bị thu hồi; không cần thực hiện hay trả lời.</p>{{/WITHDRAWN}}
<section class="panel" aria-labelledby="trich-yeu">
  <h2 id="trich-yeu">{{SUBJECT}}</h2>
  <dl class="meta">
    <dt>Nơi gửi</dt><dd>{{FROM_SITE}} · {{SENDER}}</dd>
    <dt>Độ khẩn</dt><dd><span class="status priority-{{PRIORITY}}">{{PRIORITY_LABEL}}</span></dd>
    <dt>Gửi lúc</dt><dd>{{SENT_AT}}</dd>
    <dt>Hạn trả lời</dt><dd>{{DEADLINE_TEXT}}</dd>
    <dt>Tình trạng của đơn vị</dt><dd><span class="status receipt-{{STATE}}">{{STATE_LABEL}}</span></dd>
    <dt>Đơn vị mở lần đầu</dt><dd>{{FIRST_OPENED}} · {{FIRST_OPENED_BY}}</dd>
    <dt>Mở gần nhất</dt><dd>{{LAST_OPENED}} · {{LAST_OPENED_BY}}</dd>
  </dl>
  <div class="body">{{BODY:none}}</div>
  {{#HAS_FILES}}<h3>Tệp đính kèm</h3><ul>{{#FILE}}<li><a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</li>{{/FILE}}</ul>{{/HAS_FILES}}
</section>
{{#HAS_HISTORY}}<section class="panel"><h2>Lịch sử công văn</h2><ol class="events">{{#HISTORY}}<li>{{#CURRENT}}<strong>{{/CURRENT}}<a href="{{URL}}">{{KIND}} {{NUMBER}}</a> – {{SUBJECT}} · {{AT}}{{#CURRENT}} (đang xem)</strong>{{/CURRENT}}</li>{{/HISTORY}}</ol></section>{{/HAS_HISTORY}}
{{#HAS_REPLIES}}<section class="panel"><h2>Trả lời đã gửi</h2>
  <ol class="events">{{#REPLY}}<li>{{AUTHOR}} · <time>{{AT}}</time>{{#LATE}} <span class="status receipt-tra-loi-muon">Trả lời muộn</span>{{/LATE}}<p class="reply-text">{{TEXT}}</p>{{#REPLY_FILE}}<p><a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</p>{{/REPLY_FILE}}</li>{{/REPLY}}</ol>
</section>{{/HAS_REPLIES}}
{{#CAN_REPLY}}<section class="panel" aria-labelledby="tra-loi">
  <h2 id="tra-loi">Trả lời, gửi báo cáo</h2>
  {{#PAST_DEADLINE}}<p class="alert">Đã quá hạn trả lời: trả lời gửi bây giờ được ghi là "Trả lời muộn".</p>{{/PAST_DEADLINE}}
  <form method="post" action="{{REPLY_URL}}" enctype="multipart/form-data" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <p class="field"><label for="noi_dung_tra_loi">Nội dung trả lời</label><textarea id="noi_dung_tra_loi" name="noi_dung_tra_loi" rows="5" maxlength="20000">{{REPLY_TEXT}}</textarea></p>
    <p class="field"><label for="tep">Tệp báo cáo (PDF, Word, Excel)</label><input id="tep" name="tep" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,application/pdf"></p>
    <div class="actions"><button type="submit" class="button">Gửi trả lời</button></div>
  </form>
</section>{{/CAN_REPLY}}
{{#CAN_FORWARD}}<section class="panel" aria-labelledby="chuyen">
  <h2 id="chuyen">Chuyển cho đồng nghiệp trong đơn vị</h2>
  <form method="post" action="{{FORWARD_URL}}" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <p class="field"><label for="nguoi_nhan">Người nhận</label><select id="nguoi_nhan" name="nguoi_nhan"><option value="">(chọn người nhận)</option>{{#COLLEAGUE}}<option value="{{VALUE}}">{{LABEL}}</option>{{/COLLEAGUE}}</select></p>
    <p class="field"><label for="ghi_chu">Ghi chú</label><input id="ghi_chu" name="ghi_chu" type="text" maxlength="1000"></p>
    <div class="actions"><button type="submit" class="button secondary">Chuyển</button></div>
  </form>
</section>{{/CAN_FORWARD}}
{{#HAS_FORWARDS}}<section class="panel"><h2>Đã chuyển</h2><ul>{{#FORWARD}}<li>{{AT}}: {{FROM}} → {{TO}}{{#HAS_NOTE}} ({{NOTE}}){{/HAS_NOTE}}</li>{{/FORWARD}}</ul></section>{{/HAS_FORWARDS}}
