import './dashboard.css';
import './app.ts';
