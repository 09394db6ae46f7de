{{%AUTOESCAPE context="HTML"}}<h1>Lịch sử sửa đổi</h1>
<p><a href="{{EDIT_URL}}">← {{TITLE}}</a></p>
<form method="get" class="form compare-form">
  <table class="table">
    <caption>Các phiên bản (mỗi lần lưu là một phiên bản)</caption>
    <thead><tr><th scope="col">Từ</th><th scope="col">Đến</th><th scope="col">Thời điểm</th><th scope="col">Người lưu</th></tr></thead>
    <tbody>
      {{#REVISION}}<tr><td><input type="radio" name="tu" value="{{ID}}" aria-label="So sánh từ phiên bản {{AT}}"{{#IS_FROM}} checked{{/IS_FROM}}></td><td><input type="radio" name="den" value="{{ID}}" aria-label="So sánh đến phiên bản {{AT}}"{{#IS_TO}} checked{{/IS_TO}}></td><td>{{AT}}</td><td>{{WHO}}</td></tr>{{/REVISION}}
    </tbody>
  </table>
  <p><button type="submit" class="button">So sánh</button></p>
</form>
{{#HAS_DIFF}}<section class="panel">
  <h2>Khác biệt giữa {{FROM_AT}} và {{TO_AT}}</h2>
  <p class="muted">Thêm {{ADDED}} từ, bớt {{REMOVED}} từ.</p>
  <div class="diff">{{DIFF:none}}</div>
</section>{{/HAS_DIFF}}
